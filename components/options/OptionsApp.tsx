import { RulesBrowser } from '@/components/rules/RulesBrowser';
import { LearnedExamples } from './LearnedExamples';
import { Library } from './Library';
import { Subscriptions } from './Subscriptions';

/** The options page: the library manager (replies, rules, size charts, import/export), team packs, learned questions. */
export function OptionsApp() {
  return (
    <main class="options">
      <h1>
        快答设置 <span class="en">Kuaida settings</span>
      </h1>
      <Library />
      <section class="card" aria-labelledby="rules-browser-title">
        <h2 id="rules-browser-title">
          规则速查 <span class="en">Rules browser</span>
        </h2>
        <RulesBrowser />
      </section>
      <Subscriptions />
      <LearnedExamples />
    </main>
  );
}
