# ch16_risk_ravine.gp, written by redes. Redraw ch16_risk_ravine.png from its data with: gnuplot ch16_risk_ravine.gp
set encoding utf8
set terminal pngcairo size 980,560 enhanced font 'DejaVu Sans,11'
set output 'ch16_risk_ravine.png'
set datafile separator ','
set title 'R̂(θ_k) per step on the ravine ½θᵀAθ, λ₁ = 1, λ₂ = 50'
set xlabel 'step k'
set ylabel 'R̂(θ_k)'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch16_risk_ravine.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'gradient descent, η = 0.03', \
     'ch16_risk_ravine.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title 'momentum, η = 0.01', \
     'ch16_risk_ravine.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'AdaGrad, η = 1', \
     'ch16_risk_ravine.csv' index 3 using 1:2 with lines lw 2 lc rgb '#9467bd' title 'RMSProp, η = 0.03', \
     'ch16_risk_ravine.csv' index 4 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'Adam, η = 1', \
     'ch16_risk_ravine.csv' index 5 using 1:2 with lines lw 1.5 dashtype 2 lc rgb '#9467bd' title 'RMSProp''s floor ½Σλ_ic_i^2 ≈ (λ₁ + λ₂)η²/8'
set output
