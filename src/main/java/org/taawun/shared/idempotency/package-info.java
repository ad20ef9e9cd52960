/** Idempotency-Key entries of the writes a client may retry, one store for every module (a purpose each). */
package org.taawun.shared.idempotency;
