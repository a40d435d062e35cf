/**
 * The trust graph: a repository's trust as a picture model (root, targets, the delegations with
 * their thresholds, their keys, the tags each signs), with unverified and expiring parts marked.
 * Built purely from the trust data the trust page already reads, so it shows the same as its
 * tables; the UI only draws it.
 */
package dev.trustportal.portal.graph;
