/** The READ stage: raw bytes → decoded text → cleaned text that every span points into. */
export {DecodeError, decodeBytes, type DecodeErrorCode, type Decoded} from "./decode.ts";
export {cleanText} from "./clean.ts";
