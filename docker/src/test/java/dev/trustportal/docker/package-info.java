/**
 * Checks of docker/ without a Docker engine: the compose file against the Compose Specification's
 * schema and the topology's rules, the Dockerfiles with a linter and our rules, the containers'
 * scripts run with the compose file's environment, and every configuration key against what the
 * portal reads and what the machine's tests (tools/stack.sh, the integration and cluster tests)
 * set, so that the configuration the containers run is the one those tests exercise.
 */
package dev.trustportal.docker;
