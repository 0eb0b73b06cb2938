// What lesson authors can use in MDX without importing anything.
import Callout from './Callout.astro';
import Fact from './Fact.astro';
import Figure from './Figure.astro';
import Solution from './Solution.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Fact, Figure, Solution, Tab, Tabs, Term };
