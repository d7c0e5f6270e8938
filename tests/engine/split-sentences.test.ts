import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/split-sentences';
import { seedText } from './seeds';

describe('splitSentences', () => {
  it('splits sentences glued without a space after a closing quote (seed 002)', () => {
    const sentences = splitSentences(seedText('002'));
    expect(sentences).toContain(
      'OpenAI has raised concerns that Chinese startups are leveraging its technology to develop competing AI products through a process known as "distillation."',
    );
    expect(sentences.some((s) => s.startsWith('This technique involves using outputs from larger'))).toBe(true);
  });

  it('splits sentences glued after a product name ("ChatGPT.The Commerce Department")', () => {
    const sentences = splitSentences(seedText('002'));
    expect(sentences.some((s) => s.endsWith('applications like ChatGPT.'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('The Commerce Department is contemplating'))).toBe(true);
  });

  it('does not end a sentence at "U.S." or other abbreviations', () => {
    expect(splitSentences('OpenAI formally warned the U.S. House of Representatives Select Committee on China. Then it waited.')).toEqual([
      'OpenAI formally warned the U.S. House of Representatives Select Committee on China.',
      'Then it waited.',
    ]);
    expect(splitSentences('Mr. Altman spoke. Dr. Lee replied.')).toEqual(['Mr. Altman spoke.', 'Dr. Lee replied.']);
  });

  it('keeps initials and domain names intact', () => {
    expect(splitSentences('The U.S.House voted. Visit openai.com today.')).toEqual(['The U.S.House voted.', 'Visit openai.com today.']);
  });

  it('treats each line as its own block', () => {
    expect(splitSentences('Quick Summary\nOpenAI has accused DeepSeek.')).toEqual(['Quick Summary', 'OpenAI has accused DeepSeek.']);
  });
});
