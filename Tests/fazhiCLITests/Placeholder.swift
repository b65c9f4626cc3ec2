import Testing

@Suite struct CLISmokeTests {}
