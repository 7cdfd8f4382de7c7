import { z } from 'zod';
import { contactInput, contactSearch, type Contact } from '../schemas/contact';
import { method } from './define';

export const contactsApi = {
  'contact-search': method<Contact[]>()(contactSearch),
  'contact-save': method<Contact>()(contactInput),
  'contact-delete': method<{ deleted: boolean }>()(z.object({ id: z.number().int().positive() })),
};
