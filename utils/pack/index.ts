// The team-pack format: schema, validation, canonical form, signing, diff and build.
// Everything here runs in the extension (service worker and pages) as well as in the CLI.
export * from './limits';
export * from './schema';
export { validatePack, parsePack, type ValidateResult, type ParsePackResult } from './validate';
export { formatPackIssue, type PackIssue } from './issues';
export { canonicalJson, packSigningBytes } from './canonical';
export {
  generateKeyPair, signPack, verifyPack, keyFingerprint, publicKeyFromPrivate, base64ToBytes, bytesToBase64,
  type KeyPair, type VerifyResult, type VerifyFailure,
} from './signing';
export { diffPacks, DIFF_SECTIONS, SECTION_LABELS, type PackDiff, type SectionDiff, type FieldChange, type EntryRef, type DiffSection } from './diff';
export { formatDiff, type FormatDiffOptions } from './format-diff';
export { buildPack, packToJson, type BuildOptions, type BuildResult } from './build';
export { formatBuildIssue, type BuildFile, type BuildIssue } from './build-inputs';
