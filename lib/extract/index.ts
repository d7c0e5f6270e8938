/** Stage 1, extract: a page (DOM or text file) → an article (title, outlet, date, paragraphs), and whether it is worth checking. */
export { extractArticle } from './extract-article';
export { articleFromText } from './article-from-text';
export { isTopic } from './is-topic';
export { mayBeReaderable } from './may-be-readerable';
export { probePage } from './probe-page';
