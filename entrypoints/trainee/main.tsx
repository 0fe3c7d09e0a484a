import { render } from 'preact';
import { TraineeApp } from '@/components/trainee/TraineeApp';
import '@/components/trainee/trainee.css';

render(<TraineeApp />, document.getElementById('app')!);
