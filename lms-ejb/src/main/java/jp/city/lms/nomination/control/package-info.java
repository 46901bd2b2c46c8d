/** The texts of the mails that tell managers and nominees the outcome of a nomination. */
package jp.city.lms.nomination.control;
