@echo off
rem Starts Nghe Dan from the packaged jar with the light JVM settings of config\jvm.options
rem (see bin/nghe-dan). Run from the project folder after: mvnw.cmd -B package -DskipTests
setlocal
set "NGHEDAN_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
if not defined NGHEDAN_JAR for %%f in ("%NGHEDAN_HOME%\target\nghe-dan-*.jar") do set "NGHEDAN_JAR=%%~ff"
if not defined NGHEDAN_JAR (
  echo nghe-dan: no jar in %NGHEDAN_HOME%\target; build it with: mvnw.cmd -B package -DskipTests 1>&2
  exit /b 1
)
"%JAVA_EXE%" "@%NGHEDAN_HOME%\config\jvm.options" %NGHEDAN_JAVA_OPTS% -jar "%NGHEDAN_JAR%" %*
