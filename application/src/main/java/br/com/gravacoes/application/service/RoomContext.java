package br.com.gravacoes.application.service;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.tenant.HmsCredentials;

/** A meeting together with the 100ms credentials of its tenant: what every recording call needs. */
record RoomContext(Meeting meeting, HmsCredentials credentials) {}
