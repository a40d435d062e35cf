/**
 * Small UI parts that several features share, such as the form that asks for the name of a new
 * thing. They know no service: they fire events that the views act on.
 */
package dev.trustportal.ui.component;
