@echo off
rem Runs ClaimLedger from an unpacked distribution with only a Java 17 (or later) runtime.
rem Java: %JAVA_HOME%\bin\java.exe, else java on the PATH. JVM options: conf\jvm.options, then
rem %JAVA_OPTS% and %CLAIMLEDGER_JAVA_OPTS%. The archive gives this file Windows line endings.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA_COMMAND=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_COMMAND=%JAVA_HOME%\bin\java.exe"
set "JVM_OPTIONS="
if exist "%APP_HOME%\conf\jvm.options" (
  for /f "usebackq eol=# tokens=* delims=" %%O in ("%APP_HOME%\conf\jvm.options") do call :option "%%O"
)
"%JAVA_COMMAND%" %JVM_OPTIONS% %JAVA_OPTS% %CLAIMLEDGER_JAVA_OPTS% -Dclaimledger.stderr.terminal=false -cp "%APP_HOME%\lib\claimledger.jar" org.claimledger.cli.Main %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="9009" echo claimledger: no Java runtime found: install Java 17 or later, or set JAVA_HOME 1>&2
exit /b %CODE%

:option
set "JVM_OPTIONS=%JVM_OPTIONS% %~1"
goto :eof
