package io.cloudtwin.core;

/** An account of the emulator, and the credentials each cloud's dialect knows it by. */
public record Account(String id, String name, String aliyunAccessKeyId, String aliyunAccessKeySecret,
                      String ucloudPublicKey, String ucloudPrivateKey) {}
