/** A notification opens in-app paths only ("/whatsapp/templates/12"); anything else (other sites, "//host") gets no link. */
export function safeNotificationHref(href: string | null): string | null {
  return href && /^\/(?![/\\])/.test(href) ? href : null;
}
