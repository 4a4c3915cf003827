@echo off
rem Runs Babelbake from this release: the libraries are in ..\lib beside this script.
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, otherwise java on PATH.
setlocal
set "BABELBAKE_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
rem C1 only: a build is short, and C2 compiling costs more than it saves; BABELBAKE_OPTS can bring it back.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %BABELBAKE_OPTS% -cp "%BABELBAKE_HOME%\lib\*" org.babelbake.cli.BabelbakeCommand %*
exit /b %ERRORLEVEL%
