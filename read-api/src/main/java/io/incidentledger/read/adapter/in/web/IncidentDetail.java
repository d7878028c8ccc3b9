package io.incidentledger.read.adapter.in.web;

import io.incidentledger.projections.status.IncidentView;

record IncidentDetail(IncidentView incident, IncidentMetricsView metrics) {
}
