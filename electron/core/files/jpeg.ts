/**
 * Whether a JPEG marker starts a frame (SOF0–SOF15 but DHT, JPG and DAC, which share the range):
 * the segment that holds the image's size and components.
 */
export const isJpegFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
