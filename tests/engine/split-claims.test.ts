import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/article-from-text';
import { isCheckWorthy, splitClaims } from '../../lib/claims/split-claims';
import { seedText } from './seeds';

describe('isCheckWorthy', () => {
  it('keeps facts, figures, attributed statements and quotes with content', () => {
    expect(
      isCheckWorthy(
        'This development has notably impacted the market, leading to a $1 trillion loss in the value of AI-linked U.S. tech stocks.',
      ),
    ).toBe(true);
    expect(isCheckWorthy('Microsoft has notified OpenAI of suspicious activity, and both companies are currently investigating.')).toBe(
      true,
    );
    expect(isCheckWorthy('"We take aggressive, proactive countermeasures to protect our technology," OpenAI said.')).toBe(true);
  });

  it('keeps a statement that opens with "By" (a byline names people and stops)', () => {
    expect(
      isCheckWorthy("By DeepSeek's own account, training its models cost more than rivals such as OpenAI and Google spent on theirs."),
    ).toBe(true);
    expect(isCheckWorthy('By 2030, the company expects its data centres to draw twice as much power.')).toBe(true);
    expect(isCheckWorthy('By contrast, Microsoft said it had found no evidence of misuse.')).toBe(true);
  });

  it('drops headings, questions, bylines and navigation', () => {
    expect(isCheckWorthy('What Happened / Key Details')).toBe(false);
    expect(isCheckWorthy("Did DeepSeek really steal OpenAI's intellectual propery?")).toBe(false);
    expect(isCheckWorthy('By Newzvia')).toBe(false);
    expect(isCheckWorthy('By Tom Okafor, Technology Reporter, Northbridge Courier')).toBe(false);
    expect(isCheckWorthy('By Jane Doe and Tom Okafor | Updated January 28')).toBe(false);
    expect(isCheckWorthy('Contact Tom Okafor at tokafor@northbridgecourier.example or follow him on Bluesky.')).toBe(false);
    expect(isCheckWorthy('Sign up for our daily briefing on artificial intelligence and markets.')).toBe(false);
    expect(isCheckWorthy("OpenAI accuses China's DeepSeek of using its models for training")).toBe(false);
  });
});

describe('splitClaims', () => {
  it('finds the check-worthy sentences of seed 001 in page order, without its section headings and questions', () => {
    const { claims } = splitClaims(articleFromText(seedText('001')));
    expect(claims).not.toContain('Quick Summary');
    expect(claims.some((c) => c.endsWith('?'))).toBe(false);
    const house = claims.findIndex((c) => c.includes('Select Committee'));
    const routers = claims.findIndex((c) => c.includes('third-party routers'));
    expect(house).toBeGreaterThanOrEqual(0);
    expect(routers).toBeGreaterThan(house);
  });

  it('drops a takeaways box that repeats statements of the article, word for word or reordered', () => {
    const text = seedText('003');
    const article = splitClaims(articleFromText(text)).claims;
    const recap = [
      'Key takeaways',
      '- DeepSeek built top-performing AI models using less-advanced chips and for what it says is a fraction of the cost of rivals such as OpenAI, Google, and Meta.',
      '- Some tech stocks have been hammered by the news this week, which put a big question mark over massive spending on AI chips.',
    ].join('\n');
    expect(splitClaims(articleFromText(`${text}\n${recap}`)).claims).toEqual(article);
  });
});
