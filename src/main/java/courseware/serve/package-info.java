/** The author loop: serve the site on loopback, rebuild on every edit, reload open pages. */
package courseware.serve;
