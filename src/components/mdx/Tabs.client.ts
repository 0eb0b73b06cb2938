// Behaviour of Tabs.astro, on pages that have tabs: the tabs' code (Tabs.lazy.ts) loads when they come near the
// screen. Until then every panel shows under its label, as without JavaScript.
import tabs from 'lazy-script:mdx/Tabs';
import { whenNear } from '../when-near';

whenNear([...document.querySelectorAll('course-tabs')], () => void import(/* @vite-ignore */ tabs));
