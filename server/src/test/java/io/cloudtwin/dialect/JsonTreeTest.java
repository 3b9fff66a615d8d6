package io.cloudtwin.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The answers' JSON writer writes byte for byte what Jackson's ObjectMapper writes for the same tree. */
class JsonTreeTest {
    record Extra(String name, int size) {}

    @Test
    void writesWhatTheObjectMapperWrites() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("InstanceId", "i-1 \"quoted\" \u4e2d\u6587 \u0001");
        item.put("Cpu", 2);
        item.put("Memory", 4096L);
        item.put("Price", new BigDecimal("0.10"));
        item.put("Big", new BigDecimal("1E+3"));
        item.put("Ratio", 0.5d);
        item.put("DeletionProtection", false);
        item.put("Missing", null);
        item.put("Empty", Map.of());
        item.put("Ids", Map.of("Id", List.of("a", "b")));
        item.put("Mixed", new ArrayList<>(Arrays.asList(1, "x", null, List.of(), Map.of("k", true))));
        item.put("Pojo", new Extra("e", 3));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", "r");
        body.put("TotalCount", 1);
        body.put("Instances", Map.of("Instance", List.of(item, item)));
        String expected = JsonMapper.builder().build().writeValueAsString(body);
        assertThat(new String(JsonTree.bytes(body), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
