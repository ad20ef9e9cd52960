/** Physical shops selling cooperatives' goods on consignment; for now their registry and pickup points. */
package org.taawun.shop;
