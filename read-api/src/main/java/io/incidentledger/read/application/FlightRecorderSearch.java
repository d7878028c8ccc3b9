package io.incidentledger.read.application;

/** Full-text search across every incident's flight recorder. */
public interface FlightRecorderSearch {

    SearchResult search(SearchCriteria criteria);
}
