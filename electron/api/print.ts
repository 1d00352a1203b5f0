import { z } from 'zod';
import { AppError } from '../services/appError';
import { query } from './defineMethod';

const printInput = z.object({
  title: z.string().trim().min(1).max(100),
  dateText: z.string().trim().max(40),
  landscape: z.boolean().default(false),
  fileName: z.string().trim().min(1).max(120),
});

/** The desktop app prints the window to an A4 PDF the renderer saves; browser mode uses the browser's print. */
export const printApi = {
  'print.toPdf': query(printInput, async (ctx, { fileName, ...options }) => {
    if (!ctx.printToPdf) throw new AppError('FORBIDDEN');
    const pdf = await ctx.printToPdf(options);
    return { fileName: fileName.endsWith('.pdf') ? fileName : `${fileName}.pdf`, mimeType: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
  }),
};
