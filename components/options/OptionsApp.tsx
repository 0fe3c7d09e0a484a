import { LearnedExamples } from './LearnedExamples';

/** The options page; the library manager (issue: library management and team sync) grows here. */
export function OptionsApp() {
  return (
    <main class="options">
      <h1>
        快答设置 <span class="en">Kuaida settings</span>
      </h1>
      <LearnedExamples />
    </main>
  );
}
