"""Build ``tools/data/skills_taxonomy.json`` from the compact spec below.

The spec is easier to review than 1,600+ JSON objects, and generating the
spelling variants (``node.js`` -> ``nodejs``, ``ci/cd`` -> ``cicd``) by rule keeps
them consistent. Output is deterministic: same spec, same bytes.

Spec format, one skill per line, under ``## category`` headers::

    Name | alias, alias | a
        more, aliases

Indented lines continue the alias list of the skill above. The third field
``a`` marks the skill ambiguous (its name is also an ordinary word or a single
letter). For ambiguous skills aliases keep their case, since single-word forms
are matched case-sensitively; other aliases are lowercased.

Run: ``python -m evals.build_taxonomy`` (``--check`` verifies the JSON is current).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

VERSION = "2026.11.3"
OUT_PATH = Path(__file__).resolve().parent.parent / "tools" / "data" / "skills_taxonomy.json"

SPEC = """
## programming_language
Python | py, python3, python 3, python2, python programming
JavaScript | js, es6, ecmascript, es2015, vanilla js, vanilla javascript, javascript es6
TypeScript | ts
Java | core java, java se, j2se
C | ANSI C, C89, C99, C11, C17, C language, C programming | a
C++ | cpp, c plus plus, cplusplus, c++11, c++14, c++17, c++20, modern c++
C# | c sharp, csharp, c#.net
Go | Golang, golang, GoLang, GOLANG, go language, go programming | a
Rust | Rustlang, rustlang, rust language, rust programming | a
Swift | Swift 5, swift language, swift programming | a
Kotlin
Ruby | Ruby 3, ruby language, ruby programming | a
PHP | php7, php8
R | R programming, R language, R statistical programming | a
Scala
Perl | perl scripting
Haskell
Elixir | elixir lang | a
Erlang
Clojure | clojurescript
F# | fsharp, f sharp
Dart | dart language, dartlang | a
Lua | lua scripting
Julia | julia language, julialang | a
MATLAB
Objective-C | objc, obj-c, objective c
Visual Basic | vb, visual basic 6, vb6
VB.NET | vb .net, visual basic .net
VBA | visual basic for applications, excel vba, excel macros
Assembly Language | Assembly, x86 assembly, arm assembly, asm | a
COBOL
Fortran
Pascal | object pascal
Delphi
Ada | ada programming | a
Lisp | LISP, Common Lisp | a
Scheme | scheme programming | a
Prolog
OCaml
Groovy | apache groovy | a
Shell Scripting | shell script, shell scripts, unix shell scripting, linux shell scripting
Bash | bash scripting, bash script, bash shell
PowerShell | powershell scripting, ps1
Zsh
SQL | structured query language, sql queries, ansi sql
PL/SQL | oracle pl/sql
T-SQL | transact-sql
Solidity
Apex | Salesforce Apex, apex programming | a
ABAP | sap abap
Elm | elm lang | a
Crystal | crystal lang | a
Nim | nim lang | a
Zig | zig lang | a
Racket | Racket language | a
Smalltalk
Verilog
VHDL
SystemVerilog
Haxe
Awk
Tcl
CoffeeScript
ActionScript
ColdFusion | cfml
LabVIEW
Stata
Mathematica | wolfram language
HTML | html5, html 5
CSS | css3, css 3
Sass | scss
Less | Less CSS, LESS, less.js | a
XML
JSON
YAML | yml
Markdown | Markdown syntax | a
LaTeX | LATEX, Latex, TeX | a
WebAssembly | wasm
Regular Expressions | regex, regexp, regexes
Jinja | jinja2
ReasonML | reason ml
ReScript
PureScript
Vyper
HCL | hashicorp configuration language
JCL | job control language
CUDA | cuda programming
OpenCL
OpenMP
MPI | message passing interface
Batch Scripting | batch files, batch scripts
AppleScript
Crystal Reports
Scilab
SAS | sas programming, sas base, base sas
Q# | qsharp
Mojo | mojo lang | a
GLSL
HLSL
Carbon Language | carbon lang
Gleam | gleam lang | a
Bicep | Azure Bicep, bicep templates | a

## web_frontend
React | ReactJS, Reactjs, reactjs, React.js, react.js, REACT, React JS, react js, react 18 | a
Angular | angular 2+, angular2, angular framework
AngularJS | angular.js, angular 1
Vue.js | vue, vuejs, vue 3, vue.js 3
Svelte
SvelteKit
Next.js | next js, nextjs
Nuxt.js | nuxt, nuxtjs, nuxt 3
Gatsby | GatsbyJS, gatsby.js | a
Ember.js | emberjs
Backbone.js | backbonejs
jQuery
Redux | redux toolkit, rtk
MobX
Zustand
Recoil | recoil.js, recoiljs | a
RxJS
NgRx
Tailwind CSS | tailwind, tailwindcss
Bootstrap | Twitter Bootstrap, Bootstrap 4, Bootstrap 5, bootstrap css | a
Material UI | mui, material-ui
Chakra UI
Ant Design | antd
Styled Components | styled-components
Webpack
Vite | vitejs
esbuild
Babel | babeljs, babel.js
Gulp | gulp.js, gulpjs
Grunt | Grunt.js, gruntjs | a
npm
Yarn | yarn package manager, yarn berry | a
pnpm
Storybook | Storybook.js | a
D3.js | d3
Chart.js
Three.js
Highcharts
Mapbox | mapbox gl
Leaflet.js | leafletjs
Web Components
Progressive Web Apps | pwa, pwas, progressive web app
Single Page Applications | single page application, single-page application
Responsive Web Design | responsive design, mobile-first design
Web Accessibility | a11y, wcag, wcag 2.1, section 508, accessibility
AJAX
WebSockets | websocket, web sockets, web socket
WebRTC
WebGL
Server-Side Rendering | ssr
JAMstack
Astro | Astro.js, astro.build | a
Remix | Remix.run, remix.run | a
SolidJS | solid.js
Qwik
Preact
Alpine.js | alpinejs
htmx
Knockout.js | knockoutjs
Handlebars | Handlebars.js | a
EJS
Thymeleaf
Blazor
Micro Frontends | microfrontends, micro-frontend
Framer Motion
GSAP | greensock
PostCSS
Frontend Development | front-end development, front end development, frontend, front-end
    front end, frontend engineering, front-end engineering
Web Development | web dev, web application development, web applications
Lodash
Axios
Socket.IO | socketio, socket io
tRPC
Deno
Electron | Electron.js, ElectronJS, electron.js, electronjs | a
Tauri
Web Performance | web performance optimization, core web vitals, page speed optimization
Browser Extensions | chrome extensions, chrome extension development
DOM Manipulation
Sencha Ext JS | ext js, extjs
Polymer.js
Stencil.js
Turborepo
Nx Monorepo | nrwl nx
Lerna
Webflow
Cross-Browser Compatibility | browser compatibility

## web_backend
Node.js | Node, NodeJS, Nodejs, nodejs, node.js, node js, NODE.JS | a
Express | Express.js, ExpressJS, expressjs, express.js, express js | a
NestJS | nest.js
Koa | Koa.js, koa.js, koajs | a
Fastify
Hapi.js | hapijs
Django | django framework
Django REST Framework | drf, django rest
Flask | flask framework
FastAPI | fast api
Celery | celery workers | a
Spring | Spring Framework, spring framework | a
Spring Boot | springboot
Spring MVC
Spring Cloud
Spring Security
Spring Batch
Hibernate | hibernate orm
JPA | java persistence api
Jakarta EE | j2ee, java ee, jee, java enterprise edition
Micronaut
Quarkus
Vert.x
Apache Struts | Struts, struts 2 | a
JSP | java server pages, javaserver pages
Java Servlets | servlets, servlet
JDBC
JMS | java message service
EJB | enterprise javabeans
JSF | javaserver faces, java server faces
Netty
Ruby on Rails | Rails, RoR, Ruby-on-Rails, Rails 7 | a
Sidekiq
Laravel
Symfony
CodeIgniter
CakePHP
Yii Framework | yii2
Zend Framework | laminas
ASP.NET | asp .net
ASP.NET Core | aspnet core, asp net core
ASP.NET MVC | asp.net mvc 5
ASP.NET Web API | web api 2
.NET | dotnet, dot net, .net framework, .net core, dotnet core, .net 6, .net 8
Entity Framework | ef core, entity framework core, ef6
LINQ
SignalR
WCF | windows communication foundation
Gin | Gin Gonic, gin-gonic | a
Echo Framework | labstack echo
Actix | actix-web
Tokio
Phoenix Framework | phoenix liveview
Play Framework
Akka
Ktor
gRPC
REST APIs | REST, RESTful, Restful, REST API, rest api, rest apis, restful apis | a
    restful api, restful services, restful web services, rest services
SOAP | SOAP web services, soap services | a
GraphQL
Apollo GraphQL | apollo, apollo client, apollo server
OpenAPI | swagger, openapi specification, open api, swagger ui
Web Services | web service
Backend Development | back-end development, back end development, backend, back-end
    back end, backend engineering, server-side development
Full Stack Development | full-stack development, full stack, full-stack, fullstack
    full stack engineering
OAuth | oauth2, oauth 2.0, oauth 2
JWT | json web tokens, json web token
OpenID Connect | oidc
SAML | saml 2.0
Webhooks | webhook
Protocol Buffers | protobuf, protobufs
Apache Thrift
ORM | object relational mapping, object-relational mapping
Passport.js | passportjs
Mongoose | Mongoose ODM, mongoose.js | a
Prisma | prisma orm
Sequelize
TypeORM
SQLAlchemy
Drizzle ORM
Knex.js | knexjs
Dapper ORM
Doctrine ORM
PHPUnit
Composer PHP
Pydantic
asyncio | python asyncio
Gunicorn
Uvicorn
Streamlit
Gradio
Beautiful Soup | beautifulsoup, bs4
Scrapy
Boto3 | boto
WordPress | wordpress development
Drupal
Joomla
Contentful
Strapi
Sanity CMS | sanity.io
Ghost CMS
Sitecore
Adobe Experience Manager | aem
Headless CMS
Content Management Systems | content management system
Wix
Squarespace
Serverless Framework | serverless.com

## software_engineering
Software Engineering
Software Development | software dev, application development, app development
Programming | coding, computer programming
Scripting | scripting languages
Object-Oriented Programming | oop, object oriented programming, object-oriented design, ood
Functional Programming
Design Patterns | software design patterns, gang of four patterns
System Design | systems design
Software Architecture | application architecture
Solution Architecture | solutions architecture
Enterprise Architecture
TOGAF
Microservices | microservice, microservices architecture, micro-services, microservice architecture
Event-Driven Architecture | event driven architecture, event-driven design
Serverless | serverless architecture, serverless computing
Service-Oriented Architecture | soa
Domain-Driven Design | ddd
Test-Driven Development | tdd
Behavior-Driven Development | bdd, behaviour-driven development
SOLID Principles | solid design principles
Clean Architecture
Data Structures | data structures and algorithms, dsa
Algorithms | algorithm design
Concurrency | multithreading, multi-threading, concurrent programming
Asynchronous Programming | async programming, async/await
Distributed Systems | distributed computing
Software Development Life Cycle | sdlc, software development lifecycle
Version Control | source control, version control systems
Code Review | code reviews, peer code review
Pair Programming
Debugging
Performance Optimization | performance tuning, application performance
Caching | caching strategies
Message Queues | message queue, message queuing, message brokers
Web Scraping | scraping, web crawling, web crawlers
API Design | api development, api architecture
API Integration | api integrations, third-party integrations
Systems Integration | system integration
MVC | model-view-controller, model view controller
MVVM
Dependency Injection | inversion of control
CQRS
Event Sourcing
Scalability | scalable systems
High Availability
Fault Tolerance | resilience engineering
Load Balancing | load balancer, load balancers
Real-Time Systems
Open Source | open-source, open source software, open source contributions
Linux Kernel | kernel development, linux kernel development
Operating Systems | os internals
Compilers | compiler design, compiler construction
Computer Architecture
Parallel Computing | parallel programming, parallel processing
High-Performance Computing | hpc
GPU Programming | gpgpu
Computer Graphics
OpenGL
Vulkan
DirectX | direct3d
Metal | Metal API, Apple Metal | a
Augmented Reality | augmented-reality
Virtual Reality | vr
Mixed Reality | extended reality, xr
Internationalization | i18n
Localization | l10n, software localization
Command Line | cli, command-line interface, command line interface
Vim | neovim
Emacs
Visual Studio Code | vs code, vscode
Visual Studio
IntelliJ IDEA | intellij
PyCharm
Eclipse | Eclipse IDE | a
NetBeans
Sublime Text
Low-Code Development | low-code, low code
No-Code Development | no-code, no code
Retool | Retool Apps | a
OutSystems
Mendix
Appian
Pega | pegasystems, pega prpc
Mainframe | mainframes, ibm mainframe, z/os
CICS
AS/400 | ibm i, iseries
Technical Leadership | tech leadership
Engineering Management | software engineering management
Code Refactoring | refactoring
Legacy Modernization | legacy system modernization, application modernization
Cross-Platform Development | cross platform development
Desktop Application Development | desktop applications, desktop development
Qt | Qt Framework, Qt5, Qt6, Qt Creator | a
GTK
JavaFX
Java Swing
Tkinter
PyQt | pyside
Cocoa | Cocoa Touch, cocoa touch | a
Win32 API | win32
MFC | microsoft foundation classes
Boost C++ Libraries | boost c++, boost libraries
STL | standard template library
POSIX
Socket Programming | sockets, network programming
ZeroMQ | zmq, 0mq
RabbitMQ
ActiveMQ | apache activemq
Apache Pulsar | pulsar
NATS | nats.io
IBM MQ | websphere mq, mqseries
TIBCO
MuleSoft | mule esb, anypoint platform
Apache Camel
Dell Boomi | boomi
Enterprise Service Bus | esb
Kong | Kong Gateway, kong api gateway | a
XSLT
XPath
WSDL
EDI | electronic data interchange
Technical Writing | technical documentation, software documentation, api documentation
Software Testing Life Cycle | stlc
Memory Management
Embedded Software | embedded software development
Shaders | shader programming
Chatbot Development | chatbots, chatbot
Monorepos | monorepo
Code Generation | codegen
Static Code Analysis | static analysis, code analysis
ESLint
Prettier | Prettier.js | a
mypy
Linting | linters, code linting
Conda | anaconda, miniconda
Cython
Numba
Poetry | Python Poetry, poetry python | a
pip | pip packaging | a
Dynamic Programming
Graph Algorithms | graph theory
Computational Geometry
Numerical Methods | numerical analysis
Computer Science
Information Systems | management information systems, mis
Software Quality | software quality assurance, sqa
Reactive Programming
Game Development | game dev, gamedev, game programming
Unity | Unity3D, Unity 3D, unity3d, unity engine, unity game engine | a
Unreal Engine | unreal, ue4, ue5, unreal engine 5
Godot | godot engine
Game Design
Level Design
Blockchain | blockchain development, distributed ledger technology, dlt
Smart Contracts | smart contract development, smart contract
Ethereum
Web3 | web3.js, web 3.0, web3 development
Hyperledger Fabric | hyperledger
DeFi | decentralized finance
NFTs | nft, non-fungible tokens
Cryptocurrency | cryptocurrencies
Bitcoin
Solana
Hardhat | Hardhat Ethereum | a
Truffle Suite | truffle framework

## mobile
Android | android development, android app development, android sdk
iOS | ios development, ios app development
SwiftUI
UIKit
Jetpack Compose | compose ui
Android Studio
Xcode
React Native | react-native
Flutter | Flutter SDK, flutter sdk | a
Xamarin | xamarin.forms
.NET MAUI
Ionic | Ionic Framework, ionic framework | a
Apache Cordova | cordova, phonegap
Capacitor.js | capacitorjs, ionic capacitor
Kotlin Multiplatform | kmp, kmm, kotlin multiplatform mobile
Core Data | coredata
CocoaPods
Swift Package Manager | spm
Mobile Development | mobile app development, mobile apps, mobile applications, mobile engineering
App Store Optimization | aso
Push Notifications | push notification, apns, firebase cloud messaging, fcm
Expo | Expo Go, expo.dev | a
RxJava
RxSwift
Retrofit | Retrofit2 | a
Dagger Hilt | dagger 2
ARKit
ARCore
TestFlight
Fastlane
App Store Connect | app store submission
Google Play Console | google play store, play console
Mobile UI Design | mobile design
Wear OS
watchOS
tvOS
Realm Database | realm db, mongodb realm
Room Database | android room
Combine Framework | apple combine

## data_engineering
Data Engineering
Apache Spark | Spark, Spark SQL, Spark Streaming, Apache Spark SQL, spark sql, spark streaming | a
PySpark
Apache Hadoop | hadoop, hadoop ecosystem
HDFS | hadoop distributed file system
MapReduce | map reduce, map-reduce
Apache Hive | Hive, HiveQL, hiveql | a
Apache Pig | pig latin
Apache Kafka | kafka, kafka streams, kafka connect
Apache Flink | flink
Apache Beam
Apache Airflow | Airflow, airflow dags | a
Dagster
Prefect | Prefect.io, prefect orchestration | a
Luigi | Spotify Luigi | a
dbt | data build tool, dbt core, dbt cloud
Apache NiFi | nifi
Apache Storm
Apache HBase | hbase
Apache ZooKeeper | ZooKeeper, Zookeeper | a
Apache Oozie | oozie
Apache Sqoop | sqoop
Apache Impala | impala
Presto | prestodb
Trino
Apache Druid
Apache Pinot
Apache Iceberg | Iceberg, iceberg tables | a
Delta Lake
Apache Hudi | hudi
Apache Arrow
Apache Parquet | parquet files, parquet format
Apache Avro | avro
ORC File Format
Databricks | databricks lakehouse
Snowflake | snowflake data warehouse, snowflake data cloud, snowpark
ETL | etl pipelines, etl processes, extract transform load, etl development
ELT | elt pipelines
Data Pipelines | data pipeline, data pipelining
Data Warehousing | data warehouse, data warehouses, edw, enterprise data warehouse, dwh
Data Lakes | data lake
Data Lakehouse | lakehouse
Data Modeling | data modelling, data models, logical data modeling, physical data modeling
Dimensional Modeling | star schema, kimball methodology, snowflake schema
Data Vault | data vault 2.0
Data Governance
Data Quality | data quality management
Data Lineage
Master Data Management | master data
Data Integration
Data Migration | data migrations
Data Cleaning | data cleansing, data wrangling, data munging, data preparation
Big Data | big data analytics, big data technologies
Stream Processing | streaming data, real-time data processing, event streaming, data streaming
Batch Processing
Change Data Capture | debezium
Informatica | informatica powercenter, informatica cloud
Talend
SSIS | sql server integration services
SSAS | sql server analysis services
Azure Data Factory | adf
AWS Glue | glue etl
Fivetran
Stitch Data
Airbyte
Matillion
Great Expectations
Collibra
Alation
Data Catalog | data catalogs, data cataloging
Data Mesh
Data Architecture
Data Observability | monte carlo data
Data Contracts
Reverse ETL | hightouch, census reverse etl
Pandas
NumPy
SciPy
Polars
Dask
Vaex
Jupyter | jupyter notebook, jupyter notebooks, jupyterlab, ipython
Google Colab | colab
Apache Zeppelin | zeppelin notebooks
Apache Superset
Metabase
Informatica Data Quality | idq
Oracle Data Integrator | odi
IBM DataStage | datastage
SAP Data Services | bods
Pentaho
Apache Kylin
OLAP | online analytical processing, olap cubes
OLTP | online transaction processing
Data Marts | data mart

## data_science
Data Science
Data Analysis | data analyses, analyzing data, analysing data
Data Analytics
Data Mining
Data Visualization | data visualisation, data viz, dataviz
Exploratory Data Analysis | eda
Statistics | statistical analysis, applied statistics
Statistical Modeling | statistical modelling, statistical models
Predictive Modeling | predictive modelling, predictive analytics, predictive models
Prescriptive Analytics
Regression Analysis | regression models, regression modeling
Linear Regression
Logistic Regression
Time Series Analysis | time series, time-series analysis, time series modeling
Time Series Forecasting | time-series forecasting, arima
Forecasting | forecasting models
Experimental Design | design of experiments
Hypothesis Testing | statistical hypothesis testing, significance testing
Bayesian Statistics | bayesian inference, bayesian methods, bayesian analysis, bayesian modeling
Causal Inference | causal analysis
Econometrics
Survival Analysis
Monte Carlo Simulation | monte carlo, monte carlo methods, monte carlo simulations
Multivariate Analysis
ANOVA | analysis of variance
Sampling | sampling methods, statistical sampling
Probability | probability theory
Biostatistics
Quantitative Analysis | quantitative analytics
Quantitative Research | quantitative research methods
Qualitative Research | qualitative research methods
Mathematical Modeling | mathematical modelling
Mathematical Optimization | optimization algorithms, convex optimization
Operations Research
Linear Programming | mixed integer programming, milp, integer programming
Simulation Modeling | discrete event simulation
Linear Algebra
Calculus
Stochastic Processes
Game Theory
Cohort Analysis
Funnel Analysis | conversion funnel analysis
Churn Analysis | churn prediction, churn modeling
Customer Segmentation
Attribution Modeling | marketing attribution, multi-touch attribution
Web Analytics
Product Analytics
Marketing Analytics
People Analytics | hr analytics, workforce analytics
Sports Analytics
Geospatial Analysis | spatial analysis, geospatial data
Text Mining | text analytics
Statsmodels
Matplotlib
Seaborn
Plotly
Bokeh
ggplot2 | ggplot
Tidyverse
dplyr
R Shiny | rshiny, shiny apps, shiny dashboards
RStudio
R Markdown | rmarkdown
Plotly Dash | dash plotly
SAS Enterprise Miner
SPSS | ibm spss, spss statistics
Minitab
KNIME
RapidMiner
Alteryx | alteryx designer
EViews
Data Storytelling
Dashboards | dashboarding, dashboard development, dashboard design, dashboard creation
Key Performance Indicators | kpi, kpis, kpi tracking, kpi development
Data Reporting | reporting and analytics, analytical reporting
Ad Hoc Analysis | ad-hoc analysis, ad hoc reporting
Data-Driven Decision Making | data driven decision making, data-informed decision making
Data Literacy
Business Intelligence | BI, business intelligence reporting, BI reporting, BI tools | a
Tableau | tableau desktop, tableau server, tableau prep
Power BI | powerbi, power bi desktop, ms power bi, microsoft power bi
Looker | lookml
Looker Studio | google data studio, data studio
Qlik Sense | qlik
QlikView
MicroStrategy
SAP BusinessObjects | business objects, businessobjects, sap bo
IBM Cognos | cognos
Sisense
Domo
ThoughtSpot
Mode Analytics
TIBCO Spotfire | spotfire
SSRS | sql server reporting services
Oracle BI | obiee, oracle business intelligence
Google Analytics | ga4, google analytics 4, universal analytics
Adobe Analytics | omniture, sitecatalyst
Mixpanel
Amplitude | Amplitude Analytics | a
Heap Analytics
Pendo
Hotjar
FullStory
Google Tag Manager | gtm
Segment | Twilio Segment, segment.io | a
Snowplow Analytics
Pivot Tables | pivot table, pivottables, pivottable
VLOOKUP | vlookups, xlookup, index match
Power Query | m language
Power Pivot | powerpivot
DAX | data analysis expressions | a
Qualtrics
SurveyMonkey
Survey Design | questionnaire design, survey methodology
Google Forms

## machine_learning
Machine Learning | ML, machine-learning, ML engineering, machine learning engineering | a
Deep Learning | deep neural networks
Artificial Intelligence | AI, A.I., artificial-intelligence | a
Natural Language Processing | nlp, natural language understanding, nlu
Computer Vision | machine vision
Reinforcement Learning | deep reinforcement learning
Supervised Learning
Unsupervised Learning
Generative AI | genai, gen ai, generative artificial intelligence
Large Language Models | llm, llms, large language model
Prompt Engineering | prompt design
Retrieval-Augmented Generation | RAG, retrieval augmented generation, RAG pipelines | a
LLM Fine-Tuning | fine-tuning llms, llm finetuning, model fine-tuning, instruction tuning
RLHF | reinforcement learning from human feedback
LangChain
LlamaIndex | llama index, gpt index
LangGraph
Hugging Face | huggingface, hugging face transformers, transformers library
OpenAI API | openai, gpt-4, gpt-3.5, gpt-4o, gpt-3, openai gpt
ChatGPT
Anthropic Claude | claude api, anthropic api
Llama | Llama 2, Llama 3, Meta Llama | a
Vector Databases | vector database, vector db, vector search, vector stores
Pinecone | Pinecone vector database | a
Weaviate
Qdrant
Milvus
ChromaDB | chroma db
FAISS
pgvector
Embeddings | text embeddings, vector embeddings, word embeddings
Semantic Search
Information Retrieval
Recommender Systems | recommendation systems, recommendation engines, recommender system
    recommendation engine
Clustering | cluster analysis
K-Means Clustering | k-means, kmeans
Decision Trees | decision tree
Random Forest | random forests
Gradient Boosting | gbm, gradient boosted trees, gradient boosting machines
XGBoost
LightGBM
CatBoost
Support Vector Machines | svm, svms
Naive Bayes
K-Nearest Neighbors | knn, k-nn, k nearest neighbors
Principal Component Analysis | pca
Dimensionality Reduction | t-sne, umap
Feature Engineering
Feature Selection
Hyperparameter Tuning | hyperparameter optimization
Cross-Validation
Ensemble Methods | ensemble learning
Anomaly Detection | outlier detection
Fraud Detection
Sentiment Analysis | opinion mining
Named Entity Recognition | ner
Text Classification
Topic Modeling | topic modelling, latent dirichlet allocation
Machine Translation
Speech Recognition | asr, automatic speech recognition, speech-to-text
Text-to-Speech | tts, speech synthesis
Image Classification
Object Detection | yolo
Image Segmentation | semantic segmentation, instance segmentation
Optical Character Recognition | ocr
Image Processing
Signal Processing | dsp, digital signal processing
Neural Networks | neural network, artificial neural networks
Convolutional Neural Networks | cnn, cnns, convnets
Recurrent Neural Networks | rnn, rnns
LSTM | long short-term memory
Transformer Models | transformer architecture, transformer model, transformers architecture
BERT | RoBERTa | a
Generative Adversarial Networks | GAN, GANs | a
Diffusion Models | diffusion model
Stable Diffusion
Autoencoders | autoencoder, variational autoencoders, vae
Transfer Learning
Graph Neural Networks | gnn, gnns
Knowledge Graphs | knowledge graph
MLOps | ml ops
LLMOps
Model Deployment | model serving, ml model deployment
Model Monitoring | ml monitoring
Feature Stores | feature store
MLflow
Kubeflow
Weights & Biases | wandb, w&b
TensorBoard
DVC | data version control
Amazon SageMaker | sagemaker, aws sagemaker
Google Vertex AI | vertex ai
Azure Machine Learning | azure ml, azureml
TensorFlow | tensorflow 2
Keras
PyTorch
PyTorch Lightning
JAX | jax.numpy | a
scikit-learn | sklearn, scikit, sci-kit learn, sci-kit-learn, scikitlearn
spaCy
NLTK
Gensim
OpenCV | open cv
ONNX | onnx runtime
TensorRT
TensorFlow Lite | tflite
Core ML | coreml
Apache MXNet | mxnet
Caffe
Theano
Optuna
AutoML
H2O.ai
DataRobot
Conversational AI
AI Agents | agentic ai, autonomous agents, llm agents, ai agent development
Multi-Agent Systems
Explainable AI | xai, model interpretability
SHAP
Responsible AI | ai ethics, ai governance
Model Context Protocol | mcp
Ollama
vLLM
LoRA | QLoRA, PEFT | a
Model Quantization | quantization
Ray | Ray Tune, ray.io, Ray Serve | a
Horovod
Distributed Training
Sequence Modeling
Speech Processing
Audio Processing
Video Analytics | video analysis
Pose Estimation
Face Recognition | facial recognition
Robotic Process Automation | rpa
Evaluation of LLMs | llm evaluation, llm evals
Semantic Kernel
CrewAI
AutoGen
DSPy
Cohere | Cohere API | a
Mistral AI
Google Gemini | gemini api
Amazon Bedrock | aws bedrock
Azure OpenAI Service | azure openai
Azure Cognitive Services | cognitive services, azure ai services
Google Dialogflow | dialogflow
Rasa
Amazon Lex
Amazon Rekognition | rekognition
Amazon Textract | textract
Amazon Comprehend
Google Cloud Vision API | cloud vision api
Kalman Filter | kalman filtering
Sensor Fusion
SLAM | simultaneous localization and mapping | a
Autonomous Vehicles | self-driving cars, autonomous driving
Robotics | robotic systems
ROS | robot operating system, ROS2 | a
Bioinformatics
Computational Biology
Cheminformatics
Quantum Computing
Qiskit

## database
PostgreSQL | postgres, postgresql, psql, postgre sql, pgsql, postgres sql
MySQL
MariaDB
SQLite
Microsoft SQL Server | sql server, mssql, ms sql, ms sql server, mssql server
Oracle Database | oracle db, oracle, oracle 19c, oracle rdbms, oracle 12c, oracle 11g
IBM Db2 | db2
MongoDB | mongo, mongo db, mongodb atlas
Redis
Memcached
Apache Cassandra | cassandra
Couchbase
CouchDB | apache couchdb
Amazon DynamoDB | dynamodb, dynamo db
Amazon Aurora | aws aurora, aurora mysql, aurora postgresql
Amazon RDS | rds, aws rds
Google Cloud SQL | cloud sql
Google Cloud Spanner | cloud spanner
Google Firestore | firestore, cloud firestore
Google Bigtable | bigtable, cloud bigtable
Azure Cosmos DB | cosmos db, cosmosdb
Azure SQL Database | azure sql, azure sql db
Elasticsearch | elastic search
OpenSearch | amazon opensearch
Apache Solr | solr
Lucene | apache lucene
Neo4j | cypher, cypher query language
Amazon Neptune
ArangoDB
InfluxDB
TimescaleDB
ClickHouse
DuckDB
CockroachDB
Supabase
PlanetScale
Teradata
Vertica
Greenplum
SAP HANA
Sybase | sybase ase, sap ase
IBM Informix | informix
FileMaker | filemaker pro
Amazon DocumentDB | documentdb
Amazon ElastiCache | elasticache
Amazon Redshift | redshift, aws redshift
Google BigQuery | bigquery, big query
Azure Synapse Analytics | azure synapse, synapse analytics
Hazelcast
Aerospike
ScyllaDB | scylla
YugabyteDB
TiDB
SingleStore | memsql
etcd
RavenDB
Firebird SQL
NoSQL | no-sql, nosql databases
Relational Databases | rdbms, relational database, relational database management systems
Database Design | database schema design, schema design, database modeling
Database Administration | dba, database management
Query Optimization | sql tuning, sql optimization, query tuning, sql performance tuning
Stored Procedures | stored procedure, stored procs
Database Indexing | indexing strategies
Database Replication
Sharding | database sharding
Backup and Recovery | database backup, backup & recovery
Liquibase
Flyway
PL/pgSQL
SPARQL
RDF | resource description framework
Graph Databases | graph database
Time Series Databases | time-series database, tsdb
Key-Value Stores | key-value store, key value database
Document Databases | document database, document store
Database Migration | database migrations, schema migrations
ACID Transactions | acid compliance
Oracle RAC | real application clusters
Oracle GoldenGate | goldengate
Oracle APEX
Microsoft SQL Server Management Studio | ssms, sql server management studio
pgAdmin
DBeaver
MySQL Workbench
Toad | Toad for Oracle | a

## cloud
Cloud Computing | cloud technologies, cloud platforms, cloud services
Amazon Web Services | aws, amazon aws, aws cloud
Amazon EC2 | ec2, aws ec2, elastic compute cloud
Amazon S3 | s3, aws s3, simple storage service, amazon s3 glacier, s3 glacier
AWS Lambda | aws lambda functions, amazon lambda
Amazon ECS | ecs, aws ecs, elastic container service
Amazon EKS | eks, aws eks, elastic kubernetes service
AWS Fargate | fargate
Amazon VPC | vpc, aws vpc, virtual private cloud
AWS IAM | aws iam policies, amazon iam
Amazon CloudWatch | cloudwatch, aws cloudwatch
AWS CloudFormation | cloudformation, cfn
AWS CDK | cdk, aws cloud development kit
Amazon Route 53 | route 53, route53
Amazon CloudFront | cloudfront
Amazon API Gateway | api gateway, aws api gateway
Amazon SQS | sqs, aws sqs, simple queue service
Amazon SNS | sns, aws sns, simple notification service
Amazon EventBridge | eventbridge
AWS Step Functions | step functions
Amazon Kinesis | kinesis, aws kinesis, kinesis data streams, kinesis firehose
Amazon Athena | aws athena
Amazon EMR | aws emr, elastic mapreduce
AWS Elastic Beanstalk | elastic beanstalk, beanstalk
Amazon ECR | ecr, elastic container registry
AWS CodePipeline | codepipeline
AWS CodeBuild | codebuild
AWS CodeDeploy | codedeploy
AWS CodeCommit | codecommit
Amazon Cognito | cognito
AWS Secrets Manager | secrets manager
AWS KMS | kms, key management service
AWS Systems Manager | aws ssm
AWS Organizations
AWS Control Tower | control tower
AWS Config
AWS CloudTrail | cloudtrail
Amazon GuardDuty | guardduty
AWS WAF
AWS Shield
Amazon Lightsail | lightsail
AWS Amplify
AWS AppSync | appsync
Amazon Connect | aws connect
Amazon QuickSight | quicksight
Amazon Polly
Amazon Transcribe
AWS Batch
Amazon EBS | ebs, elastic block store
Amazon EFS | efs, elastic file system
AWS Direct Connect | direct connect
AWS Transit Gateway | transit gateway
AWS Lake Formation | lake formation
AWS Database Migration Service | aws dms
AWS Snowball
AWS Outposts
AWS SAM | serverless application model
AWS X-Ray | aws xray
Amazon MSK | managed streaming for apache kafka
Amazon MQ
AWS Well-Architected Framework | well-architected framework
Elastic Load Balancing | elb, alb, elastic load balancer, application load balancer
    network load balancer
AWS Auto Scaling | auto scaling groups, ec2 auto scaling
Amazon SES | ses, simple email service
Amazon Pinpoint
AWS Security Hub | security hub
Amazon Inspector
AWS Certificate Manager
AWS Backup
AWS Cost Explorer | cost explorer
AWS Marketplace
AWS Storage Gateway | storage gateway
Amazon Macie
AWS Global Accelerator
AWS App Runner | app runner
Amazon WorkSpaces | aws workspaces
AWS IoT Core
Google Cloud Platform | gcp, google cloud
Google Compute Engine | compute engine
Google Kubernetes Engine | gke
Google Cloud Storage | gcs
Google Cloud Functions | cloud functions
Google Cloud Run | cloud run
Google App Engine | app engine, gae
Google Cloud Pub/Sub | pub/sub, cloud pub/sub, pubsub, google pub/sub
Google Cloud Dataflow | dataflow, cloud dataflow
Google Cloud Dataproc | dataproc
Google Cloud Composer | cloud composer
Firebase | firebase realtime database, firebase auth
Google Cloud Build | cloud build
Google Artifact Registry | artifact registry
Google Cloud IAM | gcp iam
Google Cloud Monitoring | stackdriver, cloud monitoring
Google Cloud Logging | cloud logging
Google Apigee | apigee
Google Anthos | anthos
Google Cloud Memorystore | memorystore
Google Cloud Deployment Manager | deployment manager
Google Cloud CDN
Google Cloud Armor
Google Cloud Scheduler
Google Cloud Tasks
Google Cloud VPC | gcp vpc
Google Cloud Dataplex | dataplex
Google Cloud Dataprep | dataprep
Google Cloud Interconnect
Google Cloud Filestore | filestore
Google Maps Platform | google maps api
Microsoft Azure | azure, ms azure, azure cloud, windows azure
Azure Virtual Machines | azure vms, azure vm
Azure Blob Storage | blob storage, azure storage
Azure Functions
Azure App Service | app service, azure web apps
Azure Kubernetes Service | aks
Azure Container Instances
Azure Container Registry | acr
Azure DevOps | azure devops services, vsts, visual studio team services, azure boards, azure repos
Azure Pipelines
Azure Active Directory | azure ad, aad, microsoft entra id, entra id
Azure Databricks
Azure Data Lake Storage | adls, azure data lake, adls gen2
Azure Stream Analytics
Azure Event Hubs | event hubs
Azure Service Bus | service bus
Azure Logic Apps | logic apps
Azure API Management | apim, azure apim
Azure Key Vault | key vault
Azure Monitor
Azure Application Insights | application insights, app insights
Azure Log Analytics | log analytics
Microsoft Sentinel | azure sentinel
Microsoft Defender for Cloud | azure security center
Azure Resource Manager | arm templates, azure arm
Azure Virtual Network | vnet, azure vnet
Azure Load Balancer
Azure Front Door
Azure Virtual Desktop | avd, windows virtual desktop
Azure Site Recovery
Azure Backup
Azure Policy
Azure Arc
Azure IoT Hub | iot hub
Azure Files
Azure Static Web Apps
Azure Cache for Redis | azure redis cache
Microsoft Purview | azure purview
Microsoft Fabric
Azure Batch
Azure Firewall
Azure ExpressRoute | expressroute
Azure Communication Services
Multi-Cloud | multicloud
Hybrid Cloud
Private Cloud
IaaS | infrastructure as a service
PaaS | platform as a service
SaaS | software as a service
Cloud Architecture | cloud solutions architecture, cloud architecture design
Cloud Migration | cloud migrations
Cloud Native | cloud-native development, cloud-native applications
Cloud Cost Optimization | cloud cost management
FinOps
IBM Cloud
Oracle Cloud Infrastructure | oci, oracle cloud
Alibaba Cloud | aliyun
DigitalOcean | digital ocean
Heroku
Vercel
Netlify
Cloudflare | cloudflare workers
Linode | akamai cloud
OpenStack
VMware | vmware workstation
VMware vSphere | vsphere, esxi, vcenter, vmware esxi
VMware NSX | nsx-t
VMware Horizon
Hyper-V | hyperv, microsoft hyper-v
Proxmox | proxmox ve
Citrix | citrix xenapp, citrix virtual apps
KVM | kernel-based virtual machine
Virtualization | server virtualization
Virtual Desktop Infrastructure | vdi
Edge Computing
Content Delivery Networks | cdn, cdns, content delivery network
Object Storage
Storage Area Networks | san storage
NetApp
Dell EMC | emc
Pure Storage

## devops
DevOps | devops practices, devops culture
DevSecOps
Docker | docker containers, dockerfile, dockerfiles, dockerization
Docker Compose | docker-compose
Docker Swarm
Kubernetes | k8s, kube, kubernetes clusters
Helm | Helm Charts, Helm 3 | a
Kustomize
OpenShift | red hat openshift
Rancher | Rancher Kubernetes | a
Podman
containerd
Containerization | containerisation, linux containers
Container Orchestration
Istio
Linkerd
Envoy | Envoy Proxy | a
Service Mesh
Consul | HashiCorp Consul | a
Vault | HashiCorp Vault | a
Nomad | HashiCorp Nomad | a
Terraform | terraform cloud, terraform enterprise, hashicorp terraform
Terragrunt
Pulumi
Packer | HashiCorp Packer | a
Vagrant | HashiCorp Vagrant | a
Ansible | ansible playbooks, ansible tower, ansible automation platform
Chef | Chef Infra, chef cookbooks | a
Puppet | Puppet Enterprise | a
SaltStack
Infrastructure as Code | iac, infrastructure-as-code
Configuration Management
CI/CD | continuous integration/continuous delivery
    continuous integration/continuous deployment
    continuous integration and continuous delivery
    continuous integration and continuous deployment, ci/cd pipelines, ci/cd pipeline
Continuous Integration
Continuous Delivery | continuous deployment
Jenkins | jenkins pipelines, jenkinsfile
GitHub Actions | gh actions
GitLab CI/CD | gitlab ci, gitlab-ci, gitlab pipelines
CircleCI | circle ci
Travis CI | travisci
TeamCity
Bamboo | Atlassian Bamboo | a
Argo CD | argocd
Argo Workflows
Flux CD | fluxcd
Spinnaker
Tekton
Bitbucket Pipelines
Octopus Deploy
GitOps
Git | git version control
GitHub
GitLab
Bitbucket
Subversion | SVN, svn, Apache Subversion | a
Mercurial | Mercurial SCM, hg | a
Perforce | helix core
Make | Makefile, Makefiles, GNU Make, makefile, makefiles | a
CMake
Bazel
Nginx | nginx plus
Apache HTTP Server | apache httpd, httpd, apache web server
Apache Tomcat | tomcat
JBoss | wildfly, jboss eap
WebLogic | oracle weblogic
WebSphere | ibm websphere
IIS | internet information services
HAProxy
Traefik
Caddy | Caddy Server | a
Varnish Cache
Site Reliability Engineering | sre
Observability
Application Performance Monitoring | apm
Infrastructure Monitoring | system monitoring, server monitoring
Prometheus
Grafana
Datadog
New Relic | newrelic
Splunk
ELK Stack | elk, elastic stack
Logstash
Kibana
Fluentd
Fluent Bit
Grafana Loki
Jaeger
Zipkin
OpenTelemetry | otel
Nagios
Zabbix
PagerDuty
Opsgenie
Dynatrace
AppDynamics
Sentry | Sentry.io | a
Sumo Logic
Chaos Engineering | chaos monkey
Capacity Planning
Disaster Recovery | disaster recovery planning
Release Management
Build Automation | build systems
Artifactory | jfrog artifactory, jfrog
Nexus Repository | sonatype nexus
SonarQube | sonarcloud
Cron | cron jobs, crontab
systemd
SSH
Linux | gnu/linux
Linux Administration | linux system administration, linux sysadmin
Ubuntu
Red Hat Enterprise Linux | rhel, red hat, redhat, red hat linux
CentOS
Debian
Fedora
SUSE | suse linux, sles
Alpine Linux
Arch Linux
Unix
Solaris
AIX | ibm aix
FreeBSD
macOS | mac os, os x, osx, mac os x
Windows Server | microsoft windows server, windows server 2019, windows server 2022
Windows | Microsoft Windows, Windows 10, Windows 11, MS Windows | a
System Administration | sysadmin, systems administration
Blue-Green Deployment | blue/green deployments
Canary Releases | canary deployments
Feature Flags | feature toggles
LaunchDarkly
Incident Management
Postmortems | blameless postmortems, post-incident reviews
Runbooks | runbook automation
Toil Reduction
Platform Engineering
Internal Developer Platforms
Spotify Backstage | backstage.io
Crossplane
Immutable Infrastructure
Cloud Infrastructure | infrastructure management

## networking
Computer Networking | computer networks, network fundamentals
Network Administration | network admin
Network Engineering
TCP/IP
UDP
HTTP | https, http/2
DNS | domain name system
DHCP
BGP
OSPF
EIGRP
MPLS
VLAN | vlans
VPN | vpns, virtual private network
LAN | local area network | a
WAN | wide area network | a
SD-WAN
Routing and Switching | routing & switching
Cisco IOS | cisco networking, cisco routers, cisco switches
Juniper Networks | junos, juniper
Palo Alto Networks | palo alto firewalls, pan-os
Fortinet | fortigate
F5 BIG-IP | f5, big-ip, f5 networks
Wireshark
tcpdump
Firewalls | firewall, firewall configuration, firewall management
Wi-Fi | wireless networking, wlan
IPv6
IPv4
5G | 5g networks
LTE | 4g lte
Network Protocols
SNMP
NAT | network address translation | a
QoS | quality of service
VoIP | voice over ip
SIP | SIP trunking, session initiation protocol | a
Cisco Meraki | meraki
Ubiquiti | unifi
Network Monitoring
Network Design | network architecture
Network Troubleshooting
Structured Cabling | cabling
Fiber Optics | fiber optic
Packet Analysis
Subnetting | ip addressing
Spanning Tree Protocol
Software-Defined Networking | sdn
Network Automation
Telecommunications | telecom
RF Engineering | radio frequency engineering
Satellite Communications | satcom
Unified Communications
Cisco Unified Communications Manager | cucm
Avaya
Genesys | genesys cloud

## it_operations
Information Technology | information technology services
IT Support | it helpdesk, it help desk
Help Desk | helpdesk, service desk
Technical Support | tech support
Desktop Support
Troubleshooting
Hardware Troubleshooting | hardware support
IT Service Management | itsm
ITIL | itil v4, itil framework
ServiceNow | servicenow itsm
Jira Service Management | jira service desk
BMC Remedy
IT Asset Management | itam
Patch Management
Veeam
Microsoft Exchange | exchange server, exchange online, ms exchange
SharePoint | sharepoint online, ms sharepoint, microsoft sharepoint
Active Directory | microsoft active directory, ms active directory, ad ds
LDAP
Kerberos
Group Policy | gpo, group policy objects
Microsoft Intune | intune
SCCM | microsoft endpoint configuration manager, mecm, system center configuration manager
Jamf | jamf pro
Mobile Device Management | mobile device management solutions
Endpoint Management
Office 365 Administration | microsoft 365 administration, m365 administration
Windows Administration | windows system administration
Server Administration | server management
Hardware Installation
Computer Hardware | pc hardware
Printer Support
IT Infrastructure
IT Operations | itops
IT Procurement
IT Project Management
IT Governance
IT Strategy
IT Security Policies
Data Center Operations | data center, datacenter
Storage Administration
Remote Desktop Support | remote support
TeamViewer
Ticketing Systems | ticketing, ticket management
Imaging and Deployment | os imaging, windows deployment
PowerShell DSC

## testing
Software Testing | qa testing
Quality Assurance | qa
Manual Testing
Test Automation | automated testing, automation testing, test automation frameworks
Unit Testing | unit tests
Integration Testing | integration tests
End-to-End Testing | e2e testing, e2e, e2e tests, end to end testing
Regression Testing
Performance Testing
Load Testing
Stress Testing
User Acceptance Testing | uat
Functional Testing
Smoke Testing
API Testing
Mobile Testing | mobile app testing
Cross-Browser Testing
Accessibility Testing
Exploratory Testing
Test Planning | test plans, test plan
Test Case Design | test cases, writing test cases, test case development
Test Strategy
Bug Tracking | defect tracking, defect management, bug reporting
Selenium | selenium webdriver, webdriver
Cypress | Cypress.io, cypress.io | a
Playwright | Playwright Test, Microsoft Playwright | a
Puppeteer | Puppeteer.js | a
Jest | Jest.js, jestjs | a
Mocha | Mocha.js, mocha.js, mochajs | a
Chai | Chai.js, chai.js | a
Jasmine | Jasmine.js, jasmine.js | a
Karma | Karma.js, karma runner | a
Vitest
Testing Library | react testing library
Enzyme.js | airbnb enzyme
JUnit | junit5, junit 5, junit4
TestNG
Mockito
pytest | py.test
unittest | python unittest
RSpec
Cucumber | Cucumber BDD, cucumber bdd | a
Gherkin | Gherkin syntax | a
SpecFlow
Robot Framework
Appium
Espresso | Espresso Testing, android espresso | a
XCTest
XCUITest
Postman | Postman API, postman collections | a
SoapUI
JMeter | apache jmeter
Gatling | Gatling Load Testing | a
Locust.io | locust load testing
k6 | grafana k6
LoadRunner | micro focus loadrunner, hp loadrunner
TestRail
Zephyr Scale | zephyr for jira
Xray for Jira
HP ALM | quality center, hp quality center, micro focus alm
Katalon Studio | katalon
TestComplete
Ranorex
UFT | qtp, unified functional testing, micro focus uft
Tricentis Tosca | tosca
BrowserStack
Sauce Labs | saucelabs
Contract Testing | pact testing
Mutation Testing
Code Coverage | test coverage
NUnit
xUnit | xunit.net
PHPSpec
Capybara | Capybara Testing | a
WebdriverIO | wdio
Detox | Detox E2E | a
Protractor | Protractor.js | a
Nightwatch.js
Property-Based Testing
Test Data Management
Test Environments | test environment management
Game Testing
Validation Testing | computer system validation
Acceptance Test-Driven Development | atdd

## security
Cybersecurity | cyber security, cyber-security
Information Security | infosec, it security
Network Security
Application Security | appsec, application security testing
Cloud Security
Penetration Testing | pen testing, pentesting, pentest
Ethical Hacking
Vulnerability Assessment | vulnerability assessments, vulnerability scanning
Vulnerability Management
Threat Modeling | threat modelling
Threat Intelligence | cyber threat intelligence, cti
Threat Hunting
Incident Response | security incident response, cyber incident response
Digital Forensics | computer forensics, forensic analysis
Malware Analysis
Reverse Engineering
Security Operations | secops, security operations center
SIEM | security information and event management
SOAR | security orchestration automation and response | a
EDR | endpoint detection and response
XDR
Endpoint Security | endpoint protection
Identity and Access Management | iam, identity management
Privileged Access Management
Multi-Factor Authentication | 2fa, two-factor authentication
Zero Trust | zero trust architecture, zero-trust security
Encryption | data encryption
Cryptography
PKI | public key infrastructure
SSL/TLS | ssl, tls, ssl certificates
IDS/IPS | intrusion detection, intrusion prevention, intrusion detection systems
Data Loss Prevention | dlp
Secure Coding | secure software development, secure code review
OWASP | owasp top 10
SAST | static application security testing
DAST | dynamic application security testing
Security Audits | security auditing, it audit
Security Architecture
Security Engineering
Governance, Risk and Compliance | grc, governance risk and compliance
GDPR | general data protection regulation
PCI DSS | pci compliance, pci-dss
SOC 2 | soc2, soc 2 compliance, soc 2 type ii
ISO 27001 | iso/iec 27001
NIST Cybersecurity Framework | nist csf, nist 800-53, nist framework
FedRAMP
CMMC
HITRUST
CIS Controls | cis benchmarks
Security Awareness Training | security awareness
Burp Suite
Metasploit
Nmap
Nessus | tenable nessus
Qualys
Rapid7 | insightvm
Snort | Snort IDS | a
Suricata
Kali Linux
OpenVAS
CrowdStrike | crowdstrike falcon
SentinelOne
Carbon Black | vmware carbon black
Microsoft Defender | windows defender, defender for endpoint
Okta
Auth0
Ping Identity | pingfederate
CyberArk
Zscaler
Proofpoint
Mimecast
Wiz Security
Prisma Cloud
Snyk
Checkmarx
Veracode
Fortify | Micro Focus Fortify, Fortify SCA | a
Trivy
Red Teaming | red team
Blue Team Operations | blue team
Purple Teaming
Bug Bounty | bug bounty programs
Web Application Firewall | waf
DDoS Mitigation | ddos protection
Container Security
Kubernetes Security
Secrets Management
Security Policies | information security policies
Risk Assessment | risk assessments
Security Risk Management | cyber risk management
Access Control | access management, role-based access control, rbac
Social Engineering
Phishing Simulation | phishing awareness
Security Compliance
Physical Security
OSINT | open source intelligence
Cloud Security Posture Management | cspm
Hashcat
John the Ripper
Ghidra
IDA Pro
Volatility Framework
Autopsy Forensics
EnCase
FTK | forensic toolkit
Wazuh
OSSEC
AlienVault | usm anywhere
QRadar | ibm qradar
ArcSight
Elastic SIEM
Sysinternals
YARA
MITRE ATT&CK | mitre attack, att&ck
Cyber Kill Chain
Security Testing
Fuzzing | fuzz testing
Exploit Development
Binary Exploitation
Web Security
Mobile Security
API Security
Email Security
Data Security
Database Security
Cloud Access Security Broker | casb
Secure Access Service Edge | sase
Business Email Compromise
Ransomware Protection
Business Impact Analysis | bia
Third-Party Risk Management | tprm, vendor risk management
Security Clearance | top secret clearance, ts/sci

## design
UI Design | user interface design, ui
UX Design | user experience design, ux, user experience
UI/UX Design | ui/ux, ux/ui, ux/ui design
Product Design | digital product design
Interaction Design | ixd
Visual Design
Graphic Design | graphic designing
Web Design | website design
User Research | ux research, design research
Usability Testing | usability studies, usability research
Wireframing | wireframes, wireframe
Prototyping | prototypes, rapid prototyping, prototype
Information Architecture
Design Systems | design system, component libraries
Design Thinking
User-Centered Design | human-centered design, human centered design
Typography
Color Theory
Layout Design | page layout
Branding | brand design
Brand Identity | brand identity design, visual identity
Logo Design
Illustration | digital illustration
Motion Graphics | motion design
Animation | 2d animation
3D Animation
3D Modeling | 3d modelling
3D Rendering
Video Editing
Photo Editing | photo retouching, image editing, retouching
Photography
Videography
Figma
Sketch | Sketch App, sketchapp | a
Adobe XD | xd
InVision | invision studio
Axure RP | axure
Balsamiq
Framer | Framer Motion Design | a
Zeplin
Miro | miro board
FigJam
Adobe Creative Suite | adobe creative cloud, creative cloud, adobe cc, adobe cs
Adobe Photoshop | photoshop
Adobe Illustrator | Illustrator | a
Adobe InDesign | indesign
Adobe Premiere Pro | premiere pro
Adobe After Effects | after effects
Adobe Lightroom | lightroom
Adobe Acrobat | acrobat, adobe acrobat pro
Adobe Audition
Adobe Animate
Adobe Dreamweaver | dreamweaver
Adobe Firefly
Adobe Substance 3D | substance painter, substance designer
Canva
CorelDRAW | corel draw
Affinity Designer
Procreate | Procreate App | a
Blender | Blender 3D | a
Autodesk Maya | Maya | a
3ds Max | 3d studio max, autodesk 3ds max
Cinema 4D | c4d
ZBrush
Houdini | SideFX Houdini | a
Final Cut Pro | final cut pro x
DaVinci Resolve | davinci
Avid Media Composer | media composer
Logic Pro | logic pro x
Pro Tools
Ableton Live | ableton
Audio Editing
Audio Production | music production
Sound Design
Storyboarding | storyboards, storyboard
Print Design | print production
Packaging Design
Industrial Design
Fashion Design
Interior Design
Architectural Design
SketchUp
Rhino 3D | rhinoceros 3d, rhino3d
V-Ray
Personas | user personas
Journey Mapping | customer journey mapping, user journey mapping, journey maps
    customer journey maps
Card Sorting
Heuristic Evaluation
Content Design
UX Writing | microcopy
Art Direction
Creative Direction
Infographics | infographic design
Icon Design
Presentation Design | slide design
Character Design
Concept Art
Visual Effects | vfx
Compositing
Nuke | The Foundry Nuke, Foundry Nuke | a
Mobile App Design
Design Sprints | design sprint
Design Critique
Accessibility Design | inclusive design
Service Design
Pixel Art
Vector Graphics
Textile Design
Jewelry Design
Landscape Design
Set Design
Lighting Design
Costume Design
Floral Design
Exhibition Design
Environmental Graphics | wayfinding design
Calligraphy
Drawing | Sketching | a
Painting
Sculpture

## product_management
Product Management | product manager skills
Product Strategy
Product Roadmapping | roadmapping, product roadmap, product roadmaps, roadmap planning
Product Discovery
Product Lifecycle Management | plm, product lifecycle
Product Launch | product launches
Go-to-Market Strategy | gtm strategy, go to market, go-to-market, go-to-market planning
Product Requirements Documents | prd, prds, product requirements
User Stories | user story writing, user story
Backlog Management | backlog grooming, backlog refinement, product backlog
Prioritization | feature prioritization, prioritisation, prioritizing
OKRs | okr, objectives and key results
Customer Discovery
Competitive Analysis | competitor analysis, competitive intelligence, competitive research
Jobs to Be Done | jtbd
Lean Startup
Minimum Viable Product
Product-Led Growth | plg
Growth Hacking
Pricing Strategy | pricing
A/B Testing | ab testing, split testing, a/b tests, a/b experiments
Experimentation | online experimentation
Productboard
Aha! Roadmaps
Product Vision
Product Ownership | product owner
Technical Product Management
Platform Product Management
Feature Specification | functional specifications
Market Requirements | market requirements documents, mrd
Customer Feedback Analysis | voice of customer analysis
Product Metrics
North Star Metric
Product Operations | product ops
Beta Testing | beta programs
Release Notes
Use Case Analysis | use cases
Value Proposition Design | value proposition
Business Model Canvas
Customer Journey Analytics

## project_management
Project Management | project manager skills
Program Management
Project Portfolio Management | portfolio planning
Agile | agile methodology, agile methodologies, agile development
    agile software development, agile practices
Scrum | scrum methodology, scrum framework
Kanban
Lean | Lean Methodology, Lean Principles, lean methodology, lean principles, Lean Management | a
Six Sigma
Lean Six Sigma
Waterfall | waterfall methodology
SAFe | Scaled Agile Framework, scaled agile framework, Scaled Agile | a
PRINCE2 | prince 2
PMBOK
Critical Path Method
Earned Value Management | evm
Gantt Charts | gantt chart, gantt
Work Breakdown Structure | wbs
Risk Management | risk mitigation
Resource Planning | resource allocation, resource management
Project Scheduling
Project Planning
Project Coordination
Project Delivery
Scope Management
Stakeholder Management | stakeholder engagement, stakeholder communication
    managing stakeholders, stakeholder relations
Sprint Planning
Agile Coaching
Retrospectives | sprint retrospectives
Daily Stand-ups | standups, daily standup, daily scrum
Release Planning
Requirements Management
RACI | raci matrix
Project Management Office | pmo
Jira | atlassian jira, jira software
Confluence | Atlassian Confluence | a
Trello
Asana
Monday.com
ClickUp
Notion | Notion.so | a
Airtable
Smartsheet
Basecamp
Wrike
Microsoft Project | ms project
Primavera P6 | oracle primavera, primavera
Teamwork.com
Project Budgeting | project budget management
Project Estimation | effort estimation, story point estimation
Change Control | change requests
Issue Tracking
Milestone Tracking
Project Documentation
Project Closure
Project Governance
Program Governance
Project Recovery
Cost Estimating | cost estimation, estimating
Earned Value Analysis
Deliverables Management
Vendor Coordination
Extreme Programming
Scrumban
Disciplined Agile
Large-Scale Scrum | less framework
Hybrid Project Management
Agile Transformation
Project Tracking
Status Reporting

## business
Business Strategy
Corporate Strategy
Strategic Planning | strategic plans
Management Consulting | strategy consulting
Business Planning | business plans, business plan
Market Entry Strategy | market entry
Business Transformation
Digital Transformation
Feasibility Studies | feasibility analysis, feasibility study
Business Case Development | business cases, business case
Pitch Decks | pitch deck
General Management
Post-Merger Integration
Corporate Development
Business Analysis | business analytics
Requirements Gathering | requirements analysis, requirements elicitation, business requirements
Process Mapping | business process mapping
Business Process Modeling | bpmn, business process model and notation
Business Process Management
Business Process Improvement | process improvement
Gap Analysis
Root Cause Analysis | rca, root-cause analysis
SWOT Analysis | swot
Cost-Benefit Analysis | cost benefit analysis
UML | unified modeling language
Lucidchart
Microsoft Visio | visio, ms visio
Draw.io | diagrams.net
Benchmarking
Business Development | biz dev, bizdev
Entrepreneurship | startup founder
ESG | environmental social and governance, esg reporting
Sustainability | corporate sustainability, sustainability reporting
Carbon Accounting | ghg accounting, greenhouse gas accounting
Corporate Social Responsibility
Environmental Compliance
Nonprofit Management | non-profit management
Volunteer Management | volunteer coordination
Fundraising | fund raising, donor relations
Grant Writing | grant proposals
Grant Management
Journalism
Creative Writing
Content Writing | web content writing, article writing
Copywriting | copy writing
Copy Editing | copyediting, copy-editing
Proofreading
Editing | editorial
Blogging
Ghostwriting
Speechwriting | speech writing
Literature Review | literature reviews, systematic reviews
Scientific Writing | academic writing
Report Writing
Research | research skills, desk research
Translation | translating, translations
Interpreting | simultaneous interpretation, consecutive interpretation
Transcription
Real Estate | real estate transactions
Property Management
Commercial Real Estate
Hospitality Management | hospitality
Hotel Management
Restaurant Management
Food and Beverage Management | f&b
Event Planning | event management
Wedding Planning
Tourism | travel and tourism
Retail Management | store management
Franchise Management
Small Business Management
Board Relations | board governance
Executive Reporting
Investor Presentations
Public Policy | policy analysis
Government Relations | public affairs
Lobbying
Policy Development
International Development
Economic Development
Urban Planning
Economics
Microeconomics
Macroeconomics
Consulting | client consulting
Advisory Services
Outsourcing Management | outsourcing
Service Level Agreements | sla, slas
Business Continuity Planning | bcp, business continuity
Crisis Management
Organizational Design | org design, organisational design
Operating Model Design | target operating model
Market Sizing | tam sam som
Industry Analysis
Trend Analysis
Scenario Planning
Value Chain Analysis
Porter's Five Forces | five forces
Balanced Scorecard

## marketing
Marketing | marketing strategy development
Digital Marketing | online marketing, internet marketing
Marketing Strategy | marketing plans, marketing planning
Content Marketing
Content Strategy
Content Creation | content production
Search Engine Optimization | seo
Search Engine Marketing | sem
Pay-Per-Click Advertising | ppc, pay per click, ppc advertising
Google Ads | google adwords, adwords
Microsoft Advertising | bing ads
Meta Ads | facebook ads, instagram ads, facebook advertising, meta ads manager, facebook ads manager
LinkedIn Ads | linkedin advertising, linkedin campaign manager
TikTok Ads | tiktok advertising
Programmatic Advertising | programmatic, programmatic buying
Display Advertising | display ads
Social Media Marketing | smm
Social Media Management | social media
Community Management | community building
Influencer Marketing
Affiliate Marketing
Email Marketing | email campaigns, email marketing campaigns
Marketing Automation
Lead Generation | lead gen
Demand Generation | demand gen
Account-Based Marketing | abm
Inbound Marketing
Outbound Marketing
Growth Marketing
Performance Marketing
Product Marketing
Brand Management
Brand Strategy
Brand Marketing
Public Relations | PR, public relations strategy | a
Media Relations | press relations
Crisis Communications | crisis communication
Corporate Communications
Internal Communications | employee communications
Marketing Communications | marcom, marcomms
Integrated Marketing | integrated marketing communications, imc
Event Marketing | events marketing, experiential marketing
Trade Shows | trade show marketing
Market Research | marketing research
Market Analysis
Market Segmentation
Consumer Insights | customer insights
Campaign Management | marketing campaigns, campaign planning
Conversion Rate Optimization | conversion optimization
Landing Pages | landing page optimization, landing page design
Customer Acquisition | user acquisition
Customer Retention | retention marketing
Lifecycle Marketing | crm marketing, customer lifecycle marketing
Marketing Operations | marketing ops, mops
Media Planning
Media Buying
Advertising | ad campaigns
Video Marketing
Video Production
Podcast Production | podcasting
Mobile Marketing
SMS Marketing
Partner Marketing | channel marketing
Field Marketing
B2B Marketing
B2C Marketing
E-commerce | ecommerce, online retail, e-commerce management
Amazon Seller Central | seller central, amazon marketplace
Shopify | shopify plus
WooCommerce
Magento | adobe commerce
BigCommerce
HubSpot | hubspot crm, hubspot marketing hub, hubspot sales hub
Marketo | adobe marketo, marketo engage
Pardot | salesforce pardot, marketing cloud account engagement
Mailchimp | mail chimp
Klaviyo
Braze
Iterable CRM
Salesforce Marketing Cloud | sfmc, exacttarget
ActiveCampaign
Constant Contact
SendGrid
Hootsuite
Sprout Social
Buffer Social | buffer app
Semrush | sem rush
Ahrefs
Moz Pro
Screaming Frog
Google Search Console | search console, webmaster tools
Google Merchant Center
Google Marketing Platform
Display & Video 360 | dv360
The Trade Desk
Sprinklr
Brandwatch
Meltwater
Cision
Optimizely
VWO | visual website optimizer
Unbounce
Keyword Research
Link Building | backlink building
Technical SEO
On-Page SEO | on page seo, onpage seo
Off-Page SEO
Local SEO
App Marketing
Product Positioning | brand positioning, positioning strategy
Messaging Strategy | messaging frameworks
Storytelling | brand storytelling
Marketing Mix Modeling | media mix modeling
Customer Lifetime Value | clv, ltv, cltv
Net Promoter Score | nps
Customer Experience | cx
Voice of the Customer | voc
Loyalty Programs | loyalty marketing
Trade Marketing
Category Management
Merchandising
Visual Merchandising
Sponsorships | sponsorship management
Copy Testing
Creative Strategy
Social Media Advertising | paid social
Paid Media
Organic Social
Content Calendars | editorial calendar
Newsletter Writing | newsletters
Press Releases | press release writing
Marketing Budget Management | marketing budgets
Customer Marketing
Advocacy Marketing | customer advocacy
Guerrilla Marketing
Direct Marketing | direct mail
Print Advertising
Radio Advertising
Television Advertising | tv advertising
Out-of-Home Advertising | ooh advertising
Conversion Tracking
UTM Tracking | utm parameters
Search Ads 360 | sa360
Google Shopping | shopping ads
YouTube Marketing | youtube ads
Pinterest Marketing
Twitter Marketing
Snapchat Ads
Reddit Ads
Amazon Advertising | amazon ads, amazon ppc
Influencer Outreach
Word-of-Mouth Marketing | referral marketing
Viral Marketing
Neuromarketing
Marketing Psychology
Customer Personas | buyer personas

## sales
B2B Sales
B2C Sales
Inside Sales
Outside Sales | field sales
Enterprise Sales
SaaS Sales
Solution Selling | solutions selling
Consultative Selling | consultative sales
Value-Based Selling | value selling
SPIN Selling
Challenger Sale | challenger sales, challenger selling
MEDDIC | meddpicc, meddicc
Sandler Selling System | sandler training
Social Selling
Cold Calling
Cold Emailing | cold email, cold outreach
Prospecting | sales prospecting
Lead Qualification | lead scoring
Pipeline Management | sales pipeline management, pipeline development
Sales Forecasting
Account Management
Key Account Management | strategic account management
Territory Management
Partnerships | partnership development, strategic partnerships, channel partnerships
Channel Sales | channel management
Negotiation | negotiations, negotiation skills
Contract Negotiation | contract negotiations
Deal Closing | closing deals
Sales Presentations
Product Demonstrations | product demos
Upselling | up-selling
Cross-Selling
Relationship Building
Client Relationship Management | client relations, client relationships
Customer Success | customer success management
Customer Onboarding | client onboarding
Sales Operations | sales ops
Revenue Operations | revops
Sales Enablement
Sales Management
Sales Strategy
Sales Training
Sales Coaching
Request for Proposal | rfp, rfps, rfp responses
Proposal Writing | proposal development
Retail Sales
Salesforce | sfdc, salesforce.com, salesforce crm
Salesforce Sales Cloud | sales cloud
Salesforce Service Cloud | service cloud
Salesforce Administration | salesforce admin
Lightning Web Components | lwc
Visualforce
Microsoft Dynamics 365 | microsoft dynamics, dynamics crm, ms dynamics, d365, dynamics 365
Zoho CRM | zoho
Pipedrive
Salesloft
Outreach.io
Gong | Gong.io, gong.io | a
Apollo.io
ZoomInfo
LinkedIn Sales Navigator | sales navigator
Clari
CPQ | configure price quote, salesforce cpq
CRM | crm software, customer relationship management, crm systems
SugarCRM | sugar crm
Freshsales
Order Management | order processing
Point of Sale | pos, pos systems
Cash Handling
Loss Prevention
Sales Analytics
Quota Management | quota attainment
Commission Planning | sales compensation, incentive compensation
Deal Structuring
Sales Cycle Management | full sales cycle, full-cycle sales
Solution Engineering | sales engineering, presales, pre-sales
Technical Sales
Wholesale
Distribution Sales
Insurance Sales
Real Estate Sales
Pharmaceutical Sales
Medical Device Sales
Automotive Sales
Telemarketing | telesales
Door-to-Door Sales
Objection Handling
Sales Playbooks
Win/Loss Analysis
Customer Renewals | renewals, contract renewals
Expansion Revenue | account expansion
Strategic Alliances
Reseller Management | var management
Government Sales | public sector sales
International Sales | export sales

## customer_service
Customer Service | customer care, customer service skills
Customer Support | client support
Call Center Operations | call center, call centre, contact center, contact centre
Complaint Resolution | complaint handling, complaint management
Customer Satisfaction | csat
Escalation Management | escalations
Zendesk
Freshdesk
Intercom
Live Chat Support | live chat
De-escalation | de-escalation techniques
Front Desk Operations | front desk, reception
Concierge Services
Guest Relations | guest services
Client Services
Service Recovery
Omnichannel Support | omnichannel customer service
Help Center Content | knowledge base articles, knowledge base management
Technical Account Management
Customer Communication
Phone Support
Email Support
Customer Education
Returns Processing | returns management
Warranty Claims
Appointment Scheduling | scheduling appointments
Reservations Management | reservations
Food Safety | food safety standards, servsafe
Food Preparation | food prep
Culinary Arts | cooking
Bartending
Barista
Housekeeping
Menu Planning
Catering
Front of House
Back of House
Wine Knowledge | sommelier

## finance
Accounting
Financial Accounting
Management Accounting | managerial accounting
Cost Accounting
Bookkeeping | book keeping
General Ledger | general ledger accounting, gl accounting
Accounts Payable | a/p
Accounts Receivable | a/r
Bank Reconciliation | bank reconciliations
Account Reconciliation | account reconciliations, reconciliations, balance sheet reconciliations
Journal Entries | journal entry
Month-End Close | month end close, month-end closing, period-end close, financial close
Financial Reporting
Financial Statements | financial statement preparation
Financial Statement Analysis
GAAP | us gaap
IFRS
Revenue Recognition | asc 606, ifrs 15
Auditing | audit
Internal Audit | internal auditing
Internal Controls | internal control
External Audit
SOX Compliance | sarbanes-oxley, sarbanes-oxley compliance
Tax Preparation | tax returns
Tax Planning
Taxation | tax, tax compliance
Indirect Tax | vat, sales tax, gst
Transfer Pricing
Financial Analysis
Financial Planning and Analysis | fp&a, fpa
Financial Modeling | financial modelling, financial models
Budgeting | budget planning, budget preparation, budgets
Budget Management | budget control
Financial Forecasting
Variance Analysis
Cash Flow Management | cash flow forecasting, cash management, cash flow
Treasury Management | treasury
Working Capital Management | working capital
Cost Control | cost management
Cost Reduction | cost savings
P&L Management | p&l, profit and loss, profit and loss management, pnl
Valuation | business valuation, company valuation, valuations
Discounted Cash Flow | dcf, dcf analysis
Mergers and Acquisitions | m&a
Due Diligence | financial due diligence
Investment Banking
Private Equity
Venture Capital
Equity Research
Asset Management
Wealth Management
Portfolio Management | investment portfolio management
Investment Analysis
Credit Analysis | credit risk analysis
Credit Risk | credit risk management
Market Risk
Financial Risk Management | financial risk
Underwriting
Actuarial Science | actuarial analysis
Trading | securities trading
Derivatives
Fixed Income
Foreign Exchange | forex
Capital Markets
Quantitative Finance | quant finance
Algorithmic Trading | algo trading
Anti-Money Laundering | aml
Know Your Customer | kyc
Regulatory Reporting
Basel III | basel
Payments | payment processing
Commercial Banking
Retail Banking
Loan Origination | loan processing
Mortgage Lending | mortgages
Billing
Invoicing
Collections Management | debt collection
Expense Management | expense reports, expense reporting
Fixed Asset Accounting | fixed assets
Intercompany Accounting | intercompany reconciliations
Financial Consolidation
Cost Analysis
Profitability Analysis
Capital Budgeting
Corporate Finance
Investor Relations
Fund Accounting
Payroll Accounting
Accruals | accrual accounting
Cash Application
Credit Control
Lease Accounting | asc 842, ifrs 16
Financial Controls
Forensic Accounting
Claims Processing | claims handling, claims management
Risk Analysis
Economic Analysis
Pricing Analysis
Cost Modeling
Unit Economics
Cap Tables | cap table management
Equity Compensation | stock compensation
Fundraising Strategy | capital raising
Debt Financing
Project Finance
Real Estate Finance
Structured Finance
Hedge Funds
Portfolio Optimization
Risk Modeling
Stress Testing Finance | financial stress testing
IFRS 9
CECL
Solvency II
Financial Regulation | financial services regulation
Securities Regulation
Personal Finance
Financial Planning
Retirement Planning
Estate Planning
Insurance Underwriting
Reinsurance
Banking Operations
Trade Finance
Letters of Credit
QuickBooks | quickbooks online, qbo, intuit quickbooks
Xero
Sage | Sage 50, Sage Intacct, sage intacct, Sage 300 | a
NetSuite | oracle netsuite
SAP FICO | sap fi/co, sap fi, sap finance
SAP ERP | sap, sap r/3, sap ecc
SAP S/4HANA | s/4hana, s4hana, s4 hana
Oracle E-Business Suite | oracle ebs
Oracle Fusion | oracle fusion cloud, oracle cloud erp
Oracle Hyperion | hyperion, hyperion planning
Anaplan
Adaptive Planning | adaptive insights, workday adaptive planning
Bloomberg Terminal | bloomberg
FactSet
Capital IQ | s&p capital iq, capiq
Refinitiv Eikon | eikon, refinitiv
PitchBook
SAP Concur
Expensify
Bill.com
Coupa
SAP Ariba | ariba
BlackLine
Kyriba
Stripe
PayPal
Plaid
ERP | erp systems, enterprise resource planning
ERP Implementation
Microsoft Dynamics 365 Business Central | business central, dynamics nav, navision
JD Edwards | jde
Epicor
Infor
Odoo
Workday Financials
FreshBooks
Wave Accounting
Tally ERP | tally erp 9, tallyprime
Zoho Books
MYOB
Yardi
AppFolio
Murex
Calypso
Aladdin | blackrock aladdin | a
Morningstar Direct
Argus Enterprise | argus

## hr
Human Resources | HR, human resources management, hrm, HR management | a
Recruiting | recruitment, recruiting strategy
Talent Acquisition
Technical Recruiting | tech recruiting, it recruitment, technical recruitment
Full-Cycle Recruiting | full cycle recruiting, full-life-cycle recruiting
    end-to-end recruitment, full life cycle recruiting
Candidate Sourcing | talent sourcing, sourcing candidates
Boolean Search | boolean sourcing
Interviewing | interviewing skills
Behavioral Interviewing | competency-based interviewing, structured interviewing
Candidate Screening | resume screening, phone screening, cv screening
Onboarding | employee onboarding, new hire onboarding
Offboarding
Employer Branding
Employee Relations
Employee Engagement
Performance Management
Compensation and Benefits | comp and benefits, c&b
Compensation | compensation planning, compensation analysis
Benefits Administration | benefits management
Total Rewards
Payroll | payroll processing, payroll administration, payroll management
HRIS | human resources information system, hris systems
Workday | Workday HCM, workday hcm | a
SAP SuccessFactors | successfactors
Oracle HCM | oracle hcm cloud
ADP | adp workforce now
BambooHR
Greenhouse | Greenhouse ATS, greenhouse ats | a
Lever | Lever ATS, lever ats | a
iCIMS
Taleo | oracle taleo
Jobvite
SmartRecruiters
Workable ATS
LinkedIn Recruiter
UKG | ultipro, kronos, ukg pro
Gusto Payroll
Rippling HR
Paychex
Ceridian Dayforce | dayforce
Applicant Tracking Systems | ats, applicant tracking system
Learning and Development | l&d
Training and Development | training & development, employee training
Learning Management Systems | lms, learning management system
Succession Planning
Workforce Planning
Talent Management
Organizational Development | organisational development
HR Policies | hr policy
HR Compliance
Employment Law | labor law, labour law
Labor Relations | union relations, labour relations
Collective Bargaining
Diversity, Equity and Inclusion | dei, d&i, diversity and inclusion
    diversity & inclusion, deib, diversity equity and inclusion
Job Descriptions | job description writing
Workplace Investigations | hr investigations
HR Business Partnering | hrbp, hr business partner
Background Checks | background screening
Executive Search | headhunting
Campus Recruiting | university recruiting, college recruiting
Workers' Compensation | workers compensation, workers comp
FMLA | family and medical leave act
Leave Management | leave administration
Time and Attendance
Employee Surveys | engagement surveys
360 Feedback | 360-degree feedback
Performance Reviews | performance appraisals, performance evaluations
Human Capital Management | hcm
HR Operations | hr ops
Job Evaluation | job grading
Salary Benchmarking | compensation benchmarking
Employee Retention | retention strategies
Exit Interviews
Culture Development | company culture, culture building
Employee Wellness | wellness programs, employee wellbeing
Change Management | organizational change management, ocm, organizational change
Immigration Compliance | i-9 compliance, visa sponsorship
Talent Pipeline Management | talent pipelines
Recruitment Marketing
Candidate Experience
Offer Negotiation
Interview Scheduling
Reference Checks
Diversity Recruiting
Volume Hiring | high-volume recruiting, mass hiring
Executive Recruiting
Headcount Planning
Organizational Effectiveness
Competency Frameworks | competency modeling
Career Development | career pathing
Employee Recognition
HR Audits
Employee Handbooks
Global Mobility | relocation management
Contingent Workforce Management | contractor management
Employer of Record
PEO | professional employer organization
Union Negotiations
EEO Compliance | eeo, eeoc
Affirmative Action
Talent Reviews

## operations
Operations Management
Business Operations
Supply Chain Management | scm, supply chain
Logistics | logistics management
Procurement
Purchasing
Strategic Sourcing
Vendor Management | supplier management, vendor relations
Supplier Relationship Management | srm
Contract Management | contract administration
Inventory Management | inventory control
Demand Planning
Demand Forecasting
Supply Planning
Sales and Operations Planning | s&op
Material Requirements Planning | mrp, materials requirement planning
Production Planning | production scheduling
Warehouse Management | warehousing, wms, warehouse operations
Distribution Management
Transportation Management | tms, transportation logistics
Fleet Management
Freight Forwarding | freight management
Import/Export | import export
Customs Compliance | customs brokerage, customs clearance
Order Fulfillment | fulfillment, order fulfilment
Shipping and Receiving
Lean Manufacturing
Manufacturing | manufacturing operations
Process Engineering
Industrial Engineering
Quality Control | qc
Statistical Process Control | spc
Failure Mode and Effects Analysis | fmea
ISO 9001
Good Manufacturing Practice | gmp, cgmp, current good manufacturing practices
HACCP
OSHA Compliance | osha
Environmental Health and Safety | ehs, hse, health and safety, workplace safety
Facilities Management | facility management
Preventive Maintenance | preventative maintenance
Total Productive Maintenance
Just-in-Time | jit, just in time
Quality Management | qms, quality management systems
Total Quality Management | tqm
Kaizen
5S | 5s methodology
PDCA | plan-do-check-act
DMAIC
Value Stream Mapping | vsm
Continuous Improvement
Process Optimization | process efficiency
Operational Excellence
SAP MM | sap materials management
SAP SD | sap sales and distribution
SAP PP | sap production planning
SAP EWM | sap warehouse management, sap wm
SAP APO | sap ibp
Manhattan Associates | manhattan wms
Blue Yonder | jda software
Kinaxis
Procure-to-Pay | procure to pay
Order-to-Cash | o2c, order to cash
Record-to-Report | r2r
Business Process Outsourcing | bpo
UiPath
Automation Anywhere
Blue Prism
Zapier
Workflow Automation | business process automation
Route Optimization | route planning
Cold Chain Logistics | cold chain
Last-Mile Delivery | last mile logistics
Reverse Logistics
Third-Party Logistics | 3pl
Incoterms
Supplier Quality | supplier quality management
Supplier Audits
Spend Analysis
Category Sourcing
Purchase Orders | purchase order management
Tendering | tender management, bidding
RFQ Management | rfq, request for quotation
Cost Engineering
Capacity Management
Production Management
Shop Floor Management
Assembly Line | assembly line operations
Packaging Operations
Forklift Operation | forklift
Material Handling
Inventory Auditing | cycle counting, stock taking
Barcode Scanning
RFID | radio-frequency identification
Operations Planning
Service Delivery
Business Process Reengineering | bpr
Process Documentation | sop writing, standard operating procedures, sops
Policy and Procedure Development
Operational Risk Management | operational risk
Audit Readiness
Health and Safety Training
Incident Investigation
Hazard Analysis | hazard identification
Emergency Response Planning | emergency preparedness
Energy Management
Waste Management
Fleet Maintenance
Dispatch Operations | dispatching
Scheduling Optimization
Shift Management | shift scheduling
Workforce Management | wfm

## engineering
AutoCAD | autocad 2d, autocad 3d
AutoCAD Civil 3D | civil 3d
Revit | autodesk revit
SolidWorks | solid works
CATIA
Autodesk Inventor
Fusion 360 | autodesk fusion 360
Siemens NX | unigraphics
Creo | ptc creo, pro/engineer
ANSYS | ansys fluent, ansys mechanical
Abaqus
COMSOL | comsol multiphysics
Simulink
Finite Element Analysis | fea, finite element method
Computational Fluid Dynamics | cfd
CAD | computer-aided design, cad design, cad modeling
CAM | computer-aided manufacturing | a
GD&T | geometric dimensioning and tolerancing
Technical Drawing | technical drawings, engineering drawings, drafting
3D Printing | additive manufacturing
CNC Machining | cnc, cnc programming
G-code
Injection Molding | injection moulding
Sheet Metal Design | sheet metal
Mechanical Design
Mechanical Engineering
Electrical Engineering
Civil Engineering
Structural Engineering
Structural Analysis
Chemical Engineering
HVAC | heating ventilation and air conditioning
Thermodynamics
Fluid Mechanics | fluid dynamics
Heat Transfer
Materials Science | materials engineering
Circuit Design | circuit analysis
PCB Design | pcb layout, printed circuit board design
Altium Designer | altium
KiCad
Cadence | Cadence Virtuoso, Cadence Allegro, cadence virtuoso, cadence allegro | a
OrCAD
SPICE | LTspice, PSpice, ltspice, pspice | a
Analog Circuit Design | analog design
Digital Circuit Design | digital logic design
FPGA | fpgas, field-programmable gate array
ASIC Design | asic
RTL Design | rtl
Xilinx Vivado | vivado
Intel Quartus | quartus
Embedded Systems | embedded engineering
Embedded C
Firmware Development | firmware
Microcontrollers | mcu, microcontroller
Arduino
Raspberry Pi
ARM Architecture | arm cortex, arm cortex-m, arm processors
RTOS | real-time operating systems, real-time operating system
FreeRTOS
Embedded Linux
Yocto Project | yocto
Device Drivers | linux device drivers, driver development
I2C
SPI Protocol | serial peripheral interface
UART
CAN Bus | canbus, can protocol
Modbus
PLC Programming | plcs, programmable logic controllers
SCADA
Ladder Logic
Allen-Bradley | rockwell automation, studio 5000, rslogix
Siemens TIA Portal | tia portal, step 7
HMI | human machine interface
Industrial Automation
Mechatronics
Control Systems | control theory, control engineering
Internet of Things | iot
Industrial IoT | iiot
LoRaWAN
Zigbee
Bluetooth Low Energy | ble, bluetooth le
MQTT
Power Systems
Power Electronics
Renewable Energy
Solar Energy | photovoltaics, solar pv
Wind Energy
Battery Systems | battery management systems, bms
Electrical Design
Electrical Wiring
Electrical Troubleshooting
Surveying | land surveying
GIS | geographic information systems
ArcGIS | esri arcgis, arcmap, arcgis pro
QGIS
Remote Sensing
Construction Management
Quantity Surveying
Building Information Modeling | bim
Blueprint Reading | blueprints
Procore
Bluebeam | bluebeam revu
Geotechnical Engineering
Environmental Engineering
Water Resources Engineering
Transportation Engineering
Aerospace Engineering
Avionics
Systems Engineering
Reliability Engineering
Metrology
Welding
Machining
Soldering
Hydraulics
Pneumatics
AUTOSAR
Automotive Engineering
Vehicle Dynamics
Manufacturing Engineering
Design for Manufacturing | dfm
Tolerance Analysis
Root Cause Failure Analysis
Product Development
New Product Introduction | npi
Verification and Validation | v&v
DO-178C
ISO 26262
Functional Safety
Test Engineering
Hardware Design
Signal Integrity
RF Design
Antenna Design
Optics | optical engineering
Photonics
Semiconductors | semiconductor manufacturing
Cleanroom Procedures | cleanroom
Process Control
Instrumentation
Piping Design
Pressure Vessel Design
Oil and Gas | oil & gas
Petroleum Engineering
Mining Engineering
Nuclear Engineering
Biomedical Engineering
Marine Engineering
Acoustics
Vibration Analysis
Robot Programming
Hardware-in-the-Loop | hil testing
Lab Equipment | laboratory equipment
Oscilloscopes | oscilloscope
Multimeters | multimeter
Electrical Codes | national electrical code
Plumbing
Carpentry
Masonry
Roofing
Drywall
Heavy Equipment Operation
Electrical Installation
Building Codes
Site Supervision
Construction Scheduling
Landscaping
Auto Repair | automotive repair
Diesel Mechanics
Aircraft Maintenance
Appliance Repair
Locksmithing

## healthcare
Patient Care
Patient Assessment
Patient Education
Clinical Research
Clinical Trials | clinical trial management
Good Clinical Practice | ich-gcp, ich gcp
Clinical Documentation
Electronic Health Records | ehr, emr, electronic medical records, ehr systems, emr systems
Epic | Epic Systems, Epic EHR, epic systems, epic ehr | a
Cerner | oracle cerner, oracle health
Meditech
Allscripts
athenahealth
eClinicalWorks
Medical Coding
ICD-10 | icd10, icd-10-cm
CPT Coding | cpt
Medical Billing
Revenue Cycle Management | rcm
Medical Terminology
HIPAA | hipaa compliance
HL7
FHIR | fast healthcare interoperability resources
Healthcare Administration | health administration, hospital administration
Health Information Management
Vital Signs | vitals
Phlebotomy
Venipuncture
IV Therapy | iv insertion, intravenous therapy
Medication Administration
Wound Care
Triage
Basic Life Support | bls
Advanced Cardiac Life Support | acls
Pediatric Advanced Life Support | PALS | a
CPR | cardiopulmonary resuscitation
First Aid
Infection Control | infection prevention
Case Management
Care Coordination
Discharge Planning
Cardiac Telemetry | telemetry nursing
Critical Care | intensive care, icu, intensive care unit
Emergency Medicine | emergency care
Acute Care
Primary Care
Pediatrics | paediatrics
Geriatrics | geriatric care, elderly care
Oncology
Cardiology
Radiology
Mental Health | behavioral health, behavioural health
Counseling | counselling
Psychotherapy
Cognitive Behavioral Therapy | cbt
Dialectical Behavior Therapy | dialectical behaviour therapy
Crisis Intervention
Substance Abuse Counseling | addiction counseling
Physical Therapy | physiotherapy
Occupational Therapy
Speech-Language Pathology | speech therapy
Nursing
Pharmacology
Pharmacy
Microbiology
Molecular Biology
Cell Culture | tissue culture
PCR | polymerase chain reaction, qpcr, rt-pcr
Western Blot | western blotting
ELISA | enzyme-linked immunosorbent assay | a
Flow Cytometry
CRISPR | crispr-cas9
Next-Generation Sequencing | ngs
Genomics
Epidemiology
Public Health
Regulatory Affairs
FDA Regulations | fda compliance
Medical Devices
Pharmacovigilance | drug safety
Clinical Data Management
Medical Writing
Anatomy and Physiology | anatomy & physiology, anatomy, physiology
Dentistry | dental care
Dental Hygiene
Ultrasound | sonography
MRI | magnetic resonance imaging
CT Scanning | computed tomography
Radiography | x-ray imaging
ECG | ekg, electrocardiogram, electrocardiography
Surgery | surgical procedures
Anesthesia
Telehealth | telemedicine
Population Health
Value-Based Care
Medicare
Medicaid
Utilization Review
Prior Authorization | prior authorizations, pre-authorization
Nutrition
Dietetics
Personal Training | fitness training
Palliative Care
Hospice Care
Home Health Care | home health
Applied Behavior Analysis | aba
Patient Safety
Quality Improvement | healthcare quality improvement
Clinical Governance
Clinical Operations
Medical Scribing | medical scribe
Medical Transcription
Medical Records | health records management
Patient Scheduling
Insurance Verification
Healthcare Compliance
Joint Commission Standards | joint commission, jcaho
Catheterization
Tracheostomy Care
Ventilator Management
Neonatal Care | nicu
Labor and Delivery
Obstetrics | ob/gyn, obstetrics and gynecology
Orthopedics
Neurology
Dermatology
Ophthalmology
Psychiatry
Psychology
Clinical Psychology
Social Work
Case Notes
Trauma-Informed Care
Motivational Interviewing
Group Therapy
Family Therapy
Play Therapy
Art Therapy
Music Therapy
Rehabilitation
Chiropractic
Massage Therapy
Acupuncture
Veterinary Medicine | veterinary
Animal Care
Laboratory Techniques | lab techniques
Clinical Laboratory Science | medical laboratory science
Hematology
Immunology
Histology
Pathology
Toxicology
Virology
Biochemistry
Chromatography | hplc
Mass Spectrometry
Spectroscopy
Cell Biology
Protein Purification
Assay Development
Drug Discovery
Drug Development
Pharmacokinetics
Clinical Pharmacology
Biotechnology
Bioprocessing | bioprocess engineering
Biomanufacturing
GLP | good laboratory practice
CDISC | sdtm, adam datasets
Medical Affairs
Health Economics | heor, health economics and outcomes research
Health Policy
Global Health
Community Health
Health Promotion | health education
Occupational Health
Sterile Processing | sterilization
Medical Equipment | medical equipment maintenance
Patient Advocacy
Bedside Manner
Charting
Care Planning | nursing care plans
Pain Management
Diabetes Management | diabetes care
Cardiac Care
Dialysis
Midwifery
Emergency Medical Services | ems
Advanced Trauma Life Support | atls
Neonatal Resuscitation Program | nrp
Medication Reconciliation
Immunizations | vaccinations
Specimen Collection
Medical Imaging
Nuclear Medicine
Radiation Therapy | radiotherapy
Audiology
Optometry
Podiatry

## legal
Legal Research
Legal Writing
Contract Drafting
Contract Review
Contract Law
Corporate Law
Litigation
Civil Litigation
Commercial Litigation
Dispute Resolution | alternative dispute resolution
Arbitration
Mediation
Intellectual Property | ip law, intellectual property law
Patents | patent law, patent prosecution
Trademarks | trademark law
Copyright | copyright law
Immigration Law
Real Estate Law
Tax Law
Family Law
Criminal Law
Regulatory Compliance | compliance, regulatory requirements, compliance management
Corporate Governance
Data Privacy | privacy, privacy law, data protection
CCPA
E-Discovery | electronic discovery
Legal Drafting
Westlaw
LexisNexis | lexis
Relativity | Relativity eDiscovery | a
Clio
Depositions
Trial Preparation
Securities Law
Anti-Corruption | fcpa, anti-bribery
Export Controls | itar
Sanctions Compliance
Legal Documentation
Legal Case Management
Court Filings
Brief Writing | legal briefs
Legal Analysis
Banking Law
Bankruptcy Law | insolvency
Environmental Law
Healthcare Law
Privacy Impact Assessments | pia, dpia
Notary Public
Paralegal Skills | paralegal
Legal Operations | legal ops
Contract Lifecycle Management | clm
Ironclad | Ironclad CLM | a
DocuSign CLM
Legal Project Management
Compliance Training
Ethics and Compliance
Policy Drafting
Legislative Analysis
Administrative Law
Constitutional Law
International Law
Human Rights Law
Maritime Law
Construction Law
Entertainment Law
Licensing | licensing agreements
Non-Disclosure Agreements | nda, ndas
Terms of Service Drafting
Open Source Licensing
Trade Secrets
Patent Searching | prior art search
Legal Translation
Court Reporting
Title Search | title examination
Probate
Wills and Trusts
Personal Injury Law
Insurance Defense
Employment Litigation
Regulatory Investigations
Internal Investigations
Whistleblower Programs
Records Retention

## education
Teaching
Tutoring
Curriculum Development | curriculum design
Lesson Planning
Classroom Management
Instructional Design
E-Learning | elearning, online learning, e-learning development
Special Education | sped
Educational Technology | edtech
Differentiated Instruction
Early Childhood Education
STEM Education
Academic Advising
Google Classroom
Canvas LMS | instructure canvas
Blackboard | Blackboard Learn | a
Moodle
Articulate Storyline | articulate 360
Adobe Captivate | captivate
Camtasia
Adult Education | adult learning
Student Assessment | assessment design
Educational Leadership
Higher Education
K-12 Education | k-12, k12
English as a Second Language | esl, tesol, tefl, efl
Literacy Instruction | reading instruction
Mathematics Education | math education
Science Education
Language Teaching
Online Teaching | virtual teaching, remote teaching
Course Design
Training Delivery | training facilitation
Workshop Design
Coaching Programs
Student Engagement
Parent Communication
Behavior Management
Individualized Education Programs | iep, ieps
Montessori
Childcare | child care
Youth Development
Admissions | college admissions
Academic Research
Peer Review
Thesis Supervision
Lecturing
Grading
Educational Assessment
Learning Analytics
Gamification
Microlearning
ADDIE | addie model
Kirkpatrick Model
Instructional Materials Development
SCORM
Docebo
Cornerstone OnDemand | cornerstone
Library Science | librarianship
Archiving | archival management
Cataloging
Museum Curation | curation

## administrative
Administrative Support | admin support, administrative assistance
Office Management | office administration
Executive Assistance | executive support
Calendar Management | diary management
Travel Coordination | travel arrangements, travel management
Data Entry
Records Management
Document Management | document control
Meeting Minutes | minute taking
Mail Handling
Reception Duties
Filing Systems
Office Equipment
Touch Typing | typing speed
Shorthand
Dictation
Correspondence Management | business correspondence
Expense Tracking
Procurement Support
Inventory Tracking
Facilities Coordination
Virtual Assistance | virtual assistant
Event Coordination
Board Meeting Coordination
Confidentiality | discretion

## office_tools
Microsoft Office | ms office, microsoft office suite, ms office suite
Microsoft 365 | office 365, o365, m365, microsoft office 365
Microsoft Excel | Excel, MS Excel, MS-Excel, Advanced Excel, excel spreadsheets, EXCEL | a
Microsoft Word | Word, MS Word, MS-Word | a
Microsoft PowerPoint | powerpoint, ms powerpoint, ppt
Microsoft Outlook | Outlook, MS Outlook | a
Microsoft Teams | ms teams
Microsoft OneNote | onenote
Microsoft Access | Access, MS Access, MS-Access | a
Microsoft Publisher | ms publisher
OneDrive | microsoft onedrive
Google Workspace | g suite, gsuite, google apps
Google Docs
Google Sheets
Google Slides
Google Drive
Gmail
Google Calendar
Slack | Slack API | a
Zoom | Zoom Video, zoom meetings | a
Webex | cisco webex
Skype | skype for business
Dropbox
Box.com | box cloud storage
DocuSign
Apple Keynote | Keynote | a
Apple Numbers
Apple Pages
iWork
LibreOffice | openoffice
Evernote
Calendly
Loom | Loom Video | a
Lotus Notes | ibm notes
Coda.io
Grammarly
GitHub Copilot
Microsoft Copilot | copilot for microsoft 365, m365 copilot
Power Platform | microsoft power platform
Power Apps | powerapps
Power Automate | microsoft flow, power automate desktop
Microsoft Forms
Microsoft Planner
Microsoft Dataverse | dataverse, common data service
Microsoft Viva
Adobe Sign | adobe acrobat sign
PandaDoc
Typeform
Jotform
Mural | Mural Board | a
Otter.ai
Fireflies.ai
Discord
Telegram
WhatsApp Business
Spreadsheets | spreadsheet, spreadsheet modeling
Word Processing
Presentation Software
Desktop Publishing
Email Management | inbox management
Video Conferencing
Computer Literacy | computer skills, basic computer skills

## soft_skill
Leadership | leadership skills
Team Leadership | leading teams
People Management | team management, managing teams, staff management, direct reports management
Communication | communication skills, effective communication
Written Communication | written communication skills, business writing
Verbal Communication | oral communication, verbal communication skills
Public Speaking | speaking engagements
Presentation Skills | presenting, presentations
Interpersonal Skills | people skills
Teamwork | team player, team work
Collaboration | collaborative
Cross-Functional Collaboration | cross-functional teams, cross functional collaboration
    cross-functional leadership
Problem Solving | problem-solving skills, problem solving skills
Critical Thinking
Analytical Skills | analytical thinking, analytical abilities
Decision Making | decision-making
Strategic Thinking
Creativity | creative thinking
Innovation
Adaptability | flexibility, adaptable
Time Management | time-management
Organizational Skills | organization skills, organisational skills
Attention to Detail | detail-oriented, detail oriented
Multitasking | multi-tasking
Self-Motivation | self-motivated, self-starter
Emotional Intelligence | eq
Empathy
Active Listening | listening skills
Conflict Resolution | conflict management
Influencing | influencing skills, influence without authority
Mentoring | mentorship
Coaching
Customer Focus | customer orientation, customer-centric
Relationship Management
Professional Networking | networking events
Executive Presence
Team Building
Delegation
Facilitation | workshop facilitation, meeting facilitation
Cultural Awareness | cross-cultural communication, intercultural communication
Consensus Building
Business Acumen
Commercial Awareness | commercial acumen
Servant Leadership
Thought Leadership
Learning Agility | quick learner, fast learner
Stress Management
Working Under Pressure | work under pressure
Resilience
Accountability
Work Ethic | strong work ethic
Dependability
Patience
Diplomacy
Persuasion | persuasive communication
Giving Feedback | constructive feedback
Receiving Feedback
Change Leadership
Vision Setting | visionary leadership
Motivating Others | team motivation
Self-Awareness
Open-Mindedness
Curiosity
Growth Mindset
Resourcefulness
Independent Work | works independently, self-directed
Remote Collaboration | remote work
Goal Setting
Ethical Judgment | ethics
Cultural Competence
Inclusive Leadership
Executive Communication
Difficult Conversations
Active Learning
Organizational Awareness
Positive Attitude
Professionalism
Punctuality
Assertiveness
Leadership Development
Crisis Leadership
Ownership Mindset
Bias for Action
Customer Obsession
Problem Framing
Systems Thinking
First-Principles Thinking | first principles thinking
Logical Reasoning
Numeracy | numerical skills

## spoken_language
English | english language, fluent english, native english
Spanish | spanish language, castilian
French | french language
German | german language
Mandarin Chinese | mandarin, chinese, putonghua
Cantonese
Japanese
Korean
Portuguese | brazilian portuguese
Italian
Russian
Arabic | modern standard arabic
Hindi
Bengali | bangla
Urdu
Turkish
Dutch | flemish
Swedish
Norwegian
Danish
Finnish
Polish | Polish language, polish language | a
Greek | modern greek
Hebrew
Vietnamese
Thai
Indonesian | bahasa indonesia
Tagalog | filipino
Swahili | kiswahili
Persian | farsi
Ukrainian
Czech
Romanian
Hungarian
Malay | bahasa melayu
Tamil
Telugu
Punjabi
Gujarati
Marathi
Kannada
Malayalam
Serbian
Croatian
Bulgarian
Slovak
Catalan
Basque
Amharic
Yoruba
Hausa
Zulu
Afrikaans
Irish Gaelic | irish language
Welsh
American Sign Language | asl
British Sign Language | bsl
Bilingual | bilingualism
Multilingual | multilingualism
"""

_CATEGORY_RE = re.compile(r"^##\s+(\S+)\s*$")
_ALPHA_WORD_RE = re.compile(r"^[A-Za-z]+$")


@dataclass
class Skill:
    """A spec line plus the aliases derived from it."""

    name: str
    category: str
    ambiguous: bool
    explicit: list[str] = field(default_factory=list)
    generated: list[str] = field(default_factory=list)


def parse_spec(spec: str) -> list[Skill]:
    """Turn spec lines into skills, keeping file order."""
    skills: list[Skill] = []
    category = ""
    for lineno, raw in enumerate(spec.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if raw[0].isspace():
            if not skills:
                raise ValueError(f"line {lineno}: continuation before any skill")
            skills[-1].explicit += [a.strip() for a in line.split(",") if a.strip()]
            continue
        match = _CATEGORY_RE.match(line)
        if match:
            category = match.group(1)
            continue
        if not category:
            raise ValueError(f"line {lineno}: skill before any category")
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > 3 or not parts[0]:
            raise ValueError(f"line {lineno}: bad spec line {line!r}")
        flags = parts[2] if len(parts) == 3 else ""
        if flags not in ("", "a"):
            raise ValueError(f"line {lineno}: unknown flags {flags!r}")
        aliases = [a.strip() for a in parts[1].split(",")] if len(parts) > 1 else []
        skill = Skill(name=parts[0], category=category, ambiguous=flags == "a")
        skill.explicit = [a for a in aliases if a]
        skills.append(skill)
    return skills


def _split_variants(
    surface: str, sep: str, spaced: tuple[str, ...], max_joined_side: int = 99
) -> list[str]:
    """Variants of ``a<sep>b``: joined, plus ``spaced`` joiners only between words.

    Short or numeric sides ("a/p", "AS/400", "k-12") only get the joined form,
    because "a p" or "as 400" would match ordinary text; sides longer than
    ``max_joined_side`` are not joined ("importexport" is nobody's spelling).
    """
    pattern = rf"(\w+){re.escape(sep)}(?=(\w+))"
    pairs = re.findall(pattern, surface)
    if not pairs:
        return []
    joined = re.sub(rf"(?<=\w){re.escape(sep)}(?=\w)", "", surface)
    words_both_sides = all(
        len(left) >= 2 and len(right) >= 2 and left.isalpha() and right.isalpha()
        for left, right in pairs
    )
    joinable = all(
        len(left) + len(right) >= 3 and max(len(left), len(right)) <= max_joined_side
        for left, right in pairs
    )
    out = [joined] if joinable else []
    if words_both_sides:
        out += [re.sub(rf"(?<=\w){re.escape(sep)}(?=\w)", j, surface) for j in spaced]
    return out


_WEB_SUFFIXES = (".com", ".io", ".ai", ".so", ".run", ".build", ".dev", ".app", ".org")


def spelling_variants(surface: str) -> list[str]:
    """Rule-based variants people write for the same term."""
    out: list[str] = []
    if not surface.startswith(".") and not surface.lower().endswith(_WEB_SUFFIXES):
        out += _split_variants(surface, ".", (" ",))
    out += _split_variants(surface, "-", (" ",))
    out += _split_variants(surface, "/", (" ", "-"), max_joined_side=5)
    if " & " in surface:
        out.append(surface.replace(" & ", " and "))
    if " and " in surface:
        out.append(surface.replace(" and ", " & "))
    words = surface.split(" ")
    if len(words) == 2 and all(w.isalpha() for w in words):
        out.append("-".join(words))
    return out


def _is_case_sensitive(skill: Skill, surface: str) -> bool:
    """Single alphabetic words of ambiguous skills keep their case."""
    return skill.ambiguous and bool(_ALPHA_WORD_RE.match(surface))


def _normalise(skill: Skill, surface: str) -> str:
    return surface if _is_case_sensitive(skill, surface) else surface.lower()


def build(skills: list[Skill]) -> tuple[list[dict[str, object]], list[str]]:
    """Resolve aliases; explicit collisions are errors, generated ones are dropped."""
    owner: dict[str, str] = {}
    errors: list[str] = []
    for skill in skills:
        for surface in [skill.name, *skill.explicit]:
            key = surface.lower()
            if key in owner and owner[key] != skill.name:
                errors.append(f"{surface!r}: {owner[key]} vs {skill.name}")
            owner.setdefault(key, skill.name)
    if errors:
        raise ValueError("alias collisions:\n  " + "\n  ".join(errors))

    dropped: list[str] = []
    generated_owner: dict[str, set[str]] = {}
    for skill in skills:
        for surface in [skill.name, *skill.explicit]:
            for variant in spelling_variants(surface):
                generated_owner.setdefault(variant.lower(), set()).add(skill.name)
    for skill in skills:
        for surface in [skill.name, *skill.explicit]:
            for variant in spelling_variants(surface):
                key = variant.lower()
                owners = generated_owner[key] | ({owner[key]} if key in owner else set())
                if owners != {skill.name}:
                    dropped.append(f"{variant!r} ({', '.join(sorted(owners))})")
                    continue
                skill.generated.append(variant)

    entries: list[dict[str, object]] = []
    for skill in skills:
        aliases: list[str] = []
        seen = {skill.name}
        lower_name = skill.name.lower()
        if lower_name != skill.name and not _is_case_sensitive(skill, skill.name):
            aliases.append(lower_name)
            seen.add(lower_name)
        for surface in [*skill.explicit, *skill.generated]:
            alias = _normalise(skill, surface)
            if alias not in seen:
                seen.add(alias)
                aliases.append(alias)
        entries.append(
            {
                "name": skill.name,
                "aliases": aliases,
                "category": skill.category,
                "ambiguous": skill.ambiguous,
            }
        )
    return entries, sorted(set(dropped))


def render(entries: list[dict[str, object]]) -> str:
    """One skill per line keeps diffs of the committed JSON readable."""
    lines = [json.dumps(entry, ensure_ascii=False) for entry in entries]
    body = ",\n    ".join(lines)
    return f'{{\n  "version": {json.dumps(VERSION)},\n  "skills": [\n    {body}\n  ]\n}}\n'


def main(argv: list[str] | None = None) -> int:
    """Write the JSON, or with ``--check`` only compare it with the spec."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSON on disk is stale")
    parser.add_argument("--verbose", action="store_true", help="list dropped generated variants")
    args = parser.parse_args(argv)

    skills = parse_spec(SPEC)
    names = [s.name for s in skills]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        print(f"duplicate names: {duplicates}", file=sys.stderr)
        return 1
    entries, dropped = build(skills)
    text = render(entries)
    if args.verbose:
        for item in dropped:
            print(f"dropped variant {item}", file=sys.stderr)
    if args.check:
        current = OUT_PATH.read_text(encoding="utf-8") if OUT_PATH.exists() else ""
        if current != text:
            print(f"{OUT_PATH} is stale; rerun without --check", file=sys.stderr)
            return 1
        return 0
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} skills to {OUT_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
