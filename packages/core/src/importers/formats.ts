/** Every transcript format the importers read. `native` is the Call JSON itself. */
export const FORMATS = [
  'native',
  'amazon-contact-lens',
  'amazon-transcribe',
  'genesys',
  'deepgram',
  'assemblyai',
  'twilio',
  'webvtt',
  'srt',
  'text',
] as const;

export type FormatId = (typeof FORMATS)[number];

export function isFormatId(value: string): value is FormatId {
  return (FORMATS as readonly string[]).includes(value);
}
