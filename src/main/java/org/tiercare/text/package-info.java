/**
 * Message bundles: every sentence users read, in English and Chinese, read through {@link
 * org.tiercare.text.Messages}.
 */
package org.tiercare.text;
