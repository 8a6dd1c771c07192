// The components a story can use without imports (the list the content check allows).
import FactBox from './FactBox.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import StoryImage from './StoryImage.astro';
import StoryLink from './StoryLink.astro';

/** Passed to `<Content components={storyComponents} />`. */
export const storyComponents = { PullQuote, FactBox, Figure, img: StoryImage, a: StoryLink };
