// Makes startTestHost use AUTH_MODE=wx (see tests/support/http-host.ts).
process.env.TEST_AUTH_MODE = 'wx';
