/**
 * The three large JSON parts of wink's English model, as the extension reads them from its models/ folder. The build
 * aliases the model package's `require("…/eng-core-web-model.json")` (and the NER and sentiment parts) to the modules
 * beside this one, which hand over what `setWinkParts` stored: the model's scripts load only after the parts are read.
 */
export interface WinkParts {
  core: unknown;
  ner: unknown;
  sa: unknown;
}

/** The files of the parts, as the build copies them into the extension (wxt.config.ts). */
export const WINK_PART_FILES: Readonly<Record<keyof WinkParts, string>> = Object.freeze({
  core: 'wink/eng-core-web-model.json',
  ner: 'wink/eng-ner-model.json',
  sa: 'wink/eng-sa-model.json',
});

let parts: WinkParts | null = null;

export function setWinkParts(value: WinkParts): void {
  parts = value;
}

/** One part; the model's scripts ask for it when they load, after `setWinkParts`. */
export function winkPart(name: keyof WinkParts): unknown {
  if (!parts) throw new Error('wink model parts were not loaded before the model');
  return parts[name];
}
