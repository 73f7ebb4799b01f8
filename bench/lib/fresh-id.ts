/**
 * Stands in a captured parameter for the id the API made for a new row (a call note's, made in
 * Node so its audit entry needs no answer first): the floor puts a fresh one there on every
 * replay, or its inserts would collide on the primary key.
 */
export const freshIdMarker = '{{fresh-id}}';
