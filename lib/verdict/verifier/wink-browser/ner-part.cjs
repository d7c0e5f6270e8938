// wink's `ner` model part, read from the extension's models/ folder before the model's scripts load (wink-parts.ts).
// CommonJS, because the model's scripts require() it and must get the part itself, not a module namespace.
module.exports = globalThis.__crosscheckWinkParts.ner;
