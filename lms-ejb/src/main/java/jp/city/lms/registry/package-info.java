/**
 * The HR staff registry as the LMS knows it: org units (所属) in their hierarchy and the staff (職員)
 * who work in them. The city's HR system is the only source; everything else in the LMS asks the
 * registry who works where, and when.
 *
 * <p>Everything is history: assignments (配属) and org unit versions, each valid over a span of days,
 * written by snapshots at their effective dates (also ahead of today, and before the last one).
 * What pages read as someone's present state is that history as of the city's today, kept so by the
 * import and by the daily change of date, which also tells higher features what took effect ({@link
 * jp.city.lms.registry.entity.RegistryEvents}).
 */
package jp.city.lms.registry;
