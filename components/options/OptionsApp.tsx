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
      <Subscriptions />
      <LearnedExamples />
    </main>
  );
}
