// The components every MDX asset may use without an import. Keep in step with core/mdx-components.ts
// (an architecture test checks both lists agree).
import BarChart from './BarChart.astro';
import BenchmarkTable from './BenchmarkTable.astro';
import Callout from './Callout.astro';
import Claim from './Claim.astro';
import CTA from './CTA.astro';
import FAQ from './FAQ.astro';
import Figure from './Figure.astro';
import Question from './Question.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Stat, Quote, Claim, FAQ, Question, Figure, BenchmarkTable, BarChart, Callout, CTA };
