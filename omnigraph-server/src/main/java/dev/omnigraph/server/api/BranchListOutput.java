package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /branches}: public branch names in byte order, {@code main} included. */
@Schema(name = "BranchListOutput", requiredProperties = {"branches"})
public record BranchListOutput(@JsonProperty("branches") List<String> branches) {}
