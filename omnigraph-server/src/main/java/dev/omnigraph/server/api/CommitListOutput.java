package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /commits}: a branch's history, oldest first; the last element is the head. */
@Schema(name = "CommitListOutput", requiredProperties = {"commits"})
public record CommitListOutput(@JsonProperty("commits") List<CommitOutput> commits) {}
