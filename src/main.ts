/** Boot: styles, settings, storage, then the app shell. Nothing else. */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/styles.css';
import { startShell } from './shell/index';
import { keepGameForOffline } from './services/offline';

void startShell(document.getElementById('app'), document.getElementById('banner'));
// The dev server rebuilds modules on every change: a cached copy would only get in the way.
if (import.meta.env.PROD) keepGameForOffline();
