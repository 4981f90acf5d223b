// Channel groups for the report, after GA4's default channel rules (case-insensitive; values are
// lowercased before they get here), with one deliberate difference: the brief's channel portfolio
// treats YouTube as a social channel, so YouTube traffic counts as social for the KPI (GA4 files
// it under Video). Sources a hub declares as social channels (hub.yaml `channels`) count as social too.

/** Sources GA4's social list holds that a growth team meets most (a subset; extend per hub). */
export const SOCIAL_SOURCES = new Set([
  'facebook', 'fb', 'm.facebook.com', 'l.facebook.com', 'lm.facebook.com', 'instagram', 'ig', 'l.instagram.com', 'linkedin', 'lnkd.in',
  'twitter', 't.co', 'x', 'x.com', 'tiktok', 'reddit', 'pinterest', 'threads', 'threads.net', 'bluesky', 'bsky.app', 'mastodon',
  'discord', 'snapchat', 'quora', 'tumblr', 'vk', 'weibo', 'wechat', 'whatsapp', 'telegram', 'youtube', 'm.youtube.com',
]);
const SOCIAL_MEDIUMS = new Set(['social', 'social-network', 'social-media', 'sm', 'social network', 'social media']);
const PAID = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const EMAIL = new Set(['email', 'e-mail', 'e_mail', 'e mail', 'newsletter']);

/**
 * The channel group of a visit's source and medium: Organic Social, Paid Social, Email, Paid Other,
 * Referral, Organic Search, Direct, Unassigned. `socialSources` adds a hub's own social sources.
 */
export function channelGroup(source: string | null, medium: string | null, socialSources: ReadonlySet<string> = SOCIAL_SOURCES): string {
  const s = source ?? '';
  const m = medium ?? '';
  if (!s && !m) return 'Direct';
  const social = SOCIAL_SOURCES.has(s) || socialSources.has(s);
  if (PAID.test(m)) return social || m.includes('social') ? 'Paid Social' : 'Paid Other';
  if (social || SOCIAL_MEDIUMS.has(m)) return 'Organic Social';
  if (EMAIL.has(m) || EMAIL.has(s)) return 'Email';
  if (m === 'organic') return 'Organic Search';
  if (m === 'referral') return 'Referral';
  return 'Unassigned';
}

/** Social traffic for the brief's KPI: organic and paid social. */
export const isSocial = (channel: string): boolean => channel === 'Organic Social' || channel === 'Paid Social';
