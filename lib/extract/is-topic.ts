import type { Article } from '../types';

/**
 * Cue groups of the AI-distillation story. A page is on topic when it names one of the parties
 * and talks about copying models — one cue of each kind, or a strong showing of either.
 */
const PARTY = /\b(openai|deepseek|chatgpt|gpt-4o?|sam altman|r1 (model|chatbot))\b/gi;
const COPYING =
  /\b(distill(ed|ing|ation)?|model (copying|theft)|copy(ing)? (its|the|our) models?|(steal|stole|stolen|stealing) .{0,40}(models?|technology|intellectual property)|intellectual property theft|terms of (service|use)|trained on (chatgpt|openai)|model outputs?|free-riding)\b/gi;

/** Minimum mentions of each cue group for a page to count as on topic. */
const MIN_PARTY_MENTIONS = 2;
const MIN_COPYING_MENTIONS = 1;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Whether the article is about the AI-distillation story (OpenAI / DeepSeek / distillation / model copying). */
export function isTopic(article: Pick<Article, 'title' | 'paragraphs'>): boolean {
  const text = `${article.title}\n${article.paragraphs.join('\n')}`;
  return countMatches(text, PARTY) >= MIN_PARTY_MENTIONS && countMatches(text, COPYING) >= MIN_COPYING_MENTIONS;
}
