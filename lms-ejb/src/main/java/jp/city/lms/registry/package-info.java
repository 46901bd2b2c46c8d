/**
 * The HR staff registry as the LMS knows it: org units (所属) in their hierarchy and the staff (職員)
 * who work in them. The city's HR system is the only source; everything else in the LMS asks the
 * registry who works where.
 */
package jp.city.lms.registry;
