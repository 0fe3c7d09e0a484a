// Entry bundled into test pages by insertion-strategies.test.ts.
export * from '@/utils/insert/strategies';
export * from '@/utils/insert/insert';
