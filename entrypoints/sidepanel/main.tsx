import { render } from 'preact';
import { App } from '@/components/sidepanel/App';
import '@/components/sidepanel/panel.css';

render(<App />, document.getElementById('app')!);
