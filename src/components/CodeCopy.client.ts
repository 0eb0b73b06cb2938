// Behaviour of code blocks, bundled by ArticleScripts.astro: their copy buttons' code (CodeCopy.lazy.ts) loads when a
// block comes into view (the button is drawn over the block, so it shifts nothing when it appears).
import codeCopy from 'lazy-script:CodeCopy';
import { whenNear } from './when-near';

whenNear([...document.querySelectorAll('.expressive-code')], () => void import(/* @vite-ignore */ codeCopy), '0px');
