// A story sent through /kirim/ (Netlify Forms) by someone without an account: the
// form's field names and limits, shared by the page and by `npm run new-story`,
// which turns a submission into a draft. Route-local because only those two use it.
import { z } from 'zod';
import { createStorySchema } from '../../schemas/story.ts';

/** The story schema's own limits, so the form never accepts a headline the check refuses. */
const story = createStorySchema(z.string()).shape;

/** The form's `name`, and the value of its hidden `form-name` field. */
export const FORM_NAME = 'kirim';
/** The honeypot field: people never see it, bots fill it, Netlify drops those submissions. */
export const HONEYPOT = 'bot-field';
/** Netlify Forms refuses requests above about 8 MB, photo included. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/** Image types the form accepts (what the content check and the build take). */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';
/** Headline length, from the story schema. */
export const TITLE_LIMITS = { min: story.title.minLength ?? 8, max: story.title.maxLength ?? 120 } as const;
/** Photo description length, from the story schema's cover `alt`. */
export const ALT_MAX = story.cover.unwrap().shape.alt.maxLength ?? 250;
/** A story longer than this is refused by the form (the content check refuses files above 200 KB). */
export const STORY_MAX = 30_000;

/** Netlify joins the values of checkboxes sharing a name with ", ". */
const ListSchema = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));

/** Empty strings from blank inputs count as "not given". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

/**
 * One submission, as the form posts it and as Netlify exports it (the fields of
 * `data` in its API, or a flat object). Fields Netlify adds (ip, user_agent,
 * referrer) are dropped here and never reach a story file.
 */
export const SubmissionSchema = z.object({
  /** The headline the writer proposes. */
  title: z.string().trim().min(1).max(TITLE_LIMITS.max),
  /** The story itself, plain text. */
  story: z.string().trim().min(1).max(STORY_MAX),
  /** City or regency, free text (matched against content/places/ by new-story). */
  place: optionalText(80),
  /** Topic ids ticked on the form. */
  topics: ListSchema.optional(),
  /** What the photo shows, for blind readers. */
  photoAlt: optionalText(ALT_MAX),
  /** The name to print under the story; empty means the editors sign it. */
  penName: optionalText(60),
  /** How the editors may reach the writer; never written into a story. */
  contact: optionalText(200),
});

/** A parsed submission. */
export type Submission = z.output<typeof SubmissionSchema>;

/** The form fields in the order they appear, mapped to their name attribute. */
export const FIELDS = {
  title: 'title',
  story: 'story',
  place: 'place',
  topics: 'topics',
  photo: 'photo',
  photoAlt: 'photoAlt',
  penName: 'penName',
  contact: 'contact',
  consent: 'consent',
} as const;
