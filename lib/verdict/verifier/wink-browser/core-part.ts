/** wink's `core` model part, read from the extension's models/ folder (see wink-parts.ts). */
import { winkPart } from './wink-parts';

export default winkPart('core');
