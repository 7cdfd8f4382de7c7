import type { Locator, Page } from '@playwright/test';

/**
 * A clerk's effort, counted as the test does the work (issue 16: the whole seminar in under 425
 * clicks and 4,450 keystrokes). Every action of a counted test goes through these helpers: a click
 * is one click; typed text is one keystroke per character (Thai vowels and tone marks are keys of
 * their own on the Kedmanee layout, as they are characters here); a field is reached with one click.
 */
export class Effort {
  clicks = 0;
  keys = 0;

  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }

  async check(target: Locator): Promise<void> {
    this.clicks++;
    await target.check();
  }

  /** A field clicked into and typed (what was in it replaced). */
  async fill(target: Locator, text: string): Promise<void> {
    this.clicks++;
    this.keys += [...text].length;
    await target.fill(text);
  }

  /** Text typed where the cursor is. */
  async type(text: string): Promise<void> {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** One key or chord (Enter, Tab, Control+z). */
  async press(key: string): Promise<void> {
    this.keys++;
    await this.page.keyboard.press(key);
  }

  /** A button pressed with Enter after being reached (counted as the click a clerk would make). */
  async activate(target: Locator): Promise<void> {
    this.clicks++;
    await target.press('Enter');
  }

  /** An option picked from a dropdown: the field, then the option. */
  async pick(target: Locator, option: Locator): Promise<void> {
    await this.click(target);
    await this.click(option);
  }

  /** Leaves a field with Tab. */
  async leave(target: Locator): Promise<void> {
    this.keys++;
    await target.blur();
  }

  /**
   * Rows copied in Excel, pasted into `target`: its click and Ctrl+V. The clipboard event is the one
   * Chromium fires on a real paste (a headless browser has no clipboard of its own to paste from).
   */
  async paste(target: Locator, text: string): Promise<void> {
    await this.click(target);
    this.keys++;
    await target.evaluate((el, copied) => {
      const data = new DataTransfer();
      data.setData('text/plain', copied);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** A file chosen through the button that opens the system's file dialog: the button, then the file there. */
  async upload(button: Locator, file: { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.click(button);
    this.clicks++;
    await (await chooser).setFiles({ ...file, mimeType: 'application/octet-stream' });
  }

  toString(): string {
    return `${this.clicks} clicks, ${this.keys} keystrokes`;
  }
}
